import Foundation
import Testing
@testable import ClaimdeskCore

/// Random spans of random Unicode text round-trip through export and Python-style slicing.
@Suite struct OffsetPropertyTests {
    /// Pieces that stress offsets: CRLF, lone CR, combining marks, emoji sequences, CJK, U+202F, BOM-like U+FEFF.
    static let pieces = ["a", "Z", " ", "\r\n", "\n", "\r", "e\u{301}", "👍🏽", "👨‍👩‍👧", "中文", "\u{202F}", "“", "”", "…", "\u{FEFF}", "\t", "é", "ﬁ", "🇨🇳"]

    @Test(arguments: 1...12)
    func randomSpansRoundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = (0..<(50 + Int(random.next() % 200))).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
        let project = try TemporaryProject()
        let doc = try project.importText(text)
        let document = DocumentText(text)
        let boundaries = (0...document.count).filter(document.isCharacterBoundary)
        var drafts: [ClaimDraft] = []
        var used = Set<[Int]>()
        for _ in 0..<20 {
            let a = boundaries[Int(random.next() % UInt64(boundaries.count))]
            let b = boundaries[Int(random.next() % UInt64(boundaries.count))]
            guard a != b, used.insert([min(a, b), max(a, b)]).inserted else { continue }
            drafts.append(ClaimDraft(range: min(a, b)..<max(a, b)))
        }
        _ = try project.workbench.createClaims(in: doc, drafts: drafts)
        let summary = try project.workbench.export(ExportRequest())
        #expect(summary.records == drafts.count)
        let checked = try PythonCheck.slicesMatch(export: summary.path, document: try project.file("doc.txt", text))
        #expect(checked == drafts.count)
    }

    @Test func invalidEdgesAreRefusedNeverStored() throws {
        let project = try TemporaryProject()
        let doc = try project.importText("a\r\nb e\u{301}")
        for range in [1..<2, 2..<4, 5..<6] {
            #expect(throws: ClaimdeskError.self) { try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: range)) }
        }
        #expect(try project.fingerprint()[1] == 0)
    }
}

/// Checks an export with Python: `doc_text[start:end] == text` and the prefix/suffix windows.
enum PythonCheck {
    static let script = """
        import json, sys
        doc = open(sys.argv[2], encoding="utf-8", newline="").read()
        n = 0
        for line in open(sys.argv[1], encoding="utf-8", newline=""):
            r = json.loads(line)
            assert doc[r["start"]:r["end"]] == r["text"], (r["start"], r["end"])
            assert doc[max(0, r["start"] - 32):r["start"]] == r["prefix"]
            assert doc[r["end"]:r["end"] + 32] == r["suffix"]
            n += 1
        print(n)
        """

    static func slicesMatch(export: String, document: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, export, document]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return -1 }
        return Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}
