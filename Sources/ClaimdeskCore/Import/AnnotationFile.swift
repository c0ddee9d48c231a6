import Foundation

/// Reading annotation files with clear errors: the whole text, or its lines.
///
/// ```swift
/// for (number, line) in try AnnotationFile.lines("doccano.jsonl") { … }   // numbered from 1, CRLF or LF
/// ```
enum AnnotationFile {
    static func text(_ path: String) throws(ClaimdeskError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("cannot read \(path); check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badInput("\(path) is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// The non-empty lines, numbered from 1, each without its `\n` or `\r\n`.
    static func lines(_ path: String) throws(ClaimdeskError) -> [(number: Int, text: String)] {
        let scalars = try text(path).unicodeScalars
        return scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.last == "\r" ? line.dropLast() : line[...]
            return trimmed.isEmpty ? nil : (index + 1, String(String.UnicodeScalarView(trimmed)))
        }
    }

    /// `claims.jsonl:12`, for error messages.
    static func origin(_ path: String, line: Int) -> String {
        "\((path as NSString).lastPathComponent):\(line)"
    }
}
