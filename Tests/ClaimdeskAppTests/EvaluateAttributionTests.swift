import ClaimdeskTestSupport
import Foundation
import Testing

/// `Scripts/evaluate-attribution` on a corpus of one article written here, with a stand-in for the suggester that prints
/// fixed suggestions: the strict speaker figure and the one that credits the mention, each on its own line.
@Suite struct EvaluateAttributionTests {
    /// Four attributed contents, each found by one suggestion: a name said right, a description (`The company`) resolved
    /// to the organisation with the description as its mention, a misread name inside the Source but outside its head
    /// (`Oregon` in `A woman in Salem, Oregon,`), and a quote that runs on with no mention.
    static let article = "The company said it would fix every lab soon. Elizabeth Holmes said the tests work well. "
        + "A woman in Salem, Oregon, told him she worries a lot. \"We are not done with this yet.\""

    private static func span(_ part: String, from start: Int = 0) -> (Int, Int) {
        let text = Array(article.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        let begin = (start...(text.count - needle.count)).first { Array(text[$0..<$0 + needle.count]) == needle }!
        return (begin, begin + needle.count)
    }

    private static func annotation() -> String {
        let rows: [(source: String, cue: String, content: String)] = [
            ("The company", "said", "it would fix every lab soon"),
            ("Elizabeth Holmes", "said", "the tests work well"),
            ("A woman in Salem, Oregon,", "told", "she worries a lot"),
            ("A woman in Salem, Oregon,", "told", "We are not done with this yet."),
        ]
        return rows.enumerated().map { index, row in
            let (source, cue, content) = (span(row.source), span(row.cue, from: span(row.source).1), span(row.content))
            let t = index * 3
            return """
            T\(t + 1)\tSource \(source.0) \(source.1)\t\(row.source)
            T\(t + 2)\tCue \(cue.0) \(cue.1)\t\(row.cue)
            T\(t + 3)\tContent \(content.0) \(content.1)\t\(row.content)
            E\(index + 1)\tAttribution:T\(t + 2) Content:T\(t + 3) Cue:T\(t + 2) Source:T\(t + 1)
            """
        }.joined(separator: "\n") + "\n"
    }

    private static func suggestions() -> String {
        func line(_ content: String, _ speaker: String, mention: String?) -> String {
            let (start, end) = span(content)
            let mentionField = mention.map { let (ms, me) = span($0); return ",\"mention\":[\(ms),\(me)]" } ?? ""
            return "{\"file\":\"a.txt\",\"start\":\(start),\"end\":\(end),\"rule\":\"test\",\"speaker\":\"\(speaker)\"\(mentionField)}"
        }
        return [
            line("it would fix every lab soon", "Theranos", mention: "The company"),
            line("the tests work well", "Elizabeth Holmes", mention: "Elizabeth Holmes"),
            line("she worries a lot", "Oregon", mention: "Oregon"),
            line("We are not done with this yet.", "Elizabeth Holmes", mention: nil),
        ].joined(separator: "\n")
    }

    @Test func strictAndMentionCreditedSpeakerFiguresAreBothReported() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-attribution-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let text = corpus.appendingPathComponent("data/train/text"), annotations = corpus.appendingPathComponent("data/train/attributions")
        try FileManager.default.createDirectory(at: text, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: annotations, withIntermediateDirectories: true)
        try Self.article.write(to: text.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Self.annotation().write(to: annotations.appendingPathComponent("a_0001.ann"), atomically: true, encoding: .utf8)
        let suggester = corpus.appendingPathComponent("suggester")
        try ("#!/bin/sh\ncat <<'END'\n" + Self.suggestions() + "\nEND\n").write(to: suggester, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: suggester.path)

        let result = try Subprocess.run(["python3", Repository.path("Scripts/evaluate-attribution"), corpus.path, "--split", "train",
                                         "--binary", suggester.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("speaker accuracy          0.250 (1/4)"), "\(result.stdout)")
        #expect(result.stdout.contains("speaker, mention credited 0.500 (2/4)"), "\(result.stdout)")
    }
}
