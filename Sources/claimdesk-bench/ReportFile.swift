import Foundation

/// Writes the generated report into a Markdown file between two marker lines, keeping everything else
/// (hand-written sections before and after) as it was.
///
/// A file without the markers gets the section, between markers, at its end; a missing file gets
/// just the section.
///
/// ```swift
/// try ReportFile(path: "docs/BENCHMARKS.md").write(report.markdown())
/// ```
struct ReportFile {
    static let begin = "<!-- claimdesk-bench: generated section begins; `claimdesk-bench --report` rewrites it -->"
    static let end = "<!-- claimdesk-bench: generated section ends -->"
    let path: String

    func write(_ section: String) throws {
        let generated = Self.begin + "\n" + section + Self.end + "\n"
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let updated: String
        if let start = existing.range(of: Self.begin + "\n"), let stop = existing.range(of: Self.end + "\n", range: start.upperBound..<existing.endIndex) {
            updated = String(existing[..<start.lowerBound]) + generated + String(existing[stop.upperBound...])
        } else {
            updated = existing.isEmpty ? generated : existing + (existing.hasSuffix("\n") ? "\n" : "\n\n") + generated
        }
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
