import ClaimdeskCore
import Foundation

/// Writes deterministic documents of realistic text: curly quotes, U+202F, emoji, combining marks, some CRLF.
struct CorpusGenerator {
    static let words = ["the", "minister", "said", "prosperity", "common", "billion", "yuan", "initiative", "analysts",
                        "“we", "must”", "donate", "policy", "15\u{202F}%", "café\u{301}", "NGOs", "👍🏽", "reform", "told",
                        "according", "to", "Xinhua", "state-run", "agency", "…", "growth", "2021", "China’s", "tech", "firms"]

    /// The text of document `index`: 6 to 12 paragraphs of 40 to 90 words.
    static func document(_ index: Int) -> String {
        var random = SplitMix64(seed: UInt64(index) &* 7919 &+ 17)
        let lineEnd = index % 5 == 0 ? "\r\n" : "\n"
        let paragraphs = (0..<(6 + random.below(7))).map { _ in
            (0..<(40 + random.below(51))).map { _ in words[random.below(words.count)] }.joined(separator: " ") + "."
        }
        return "Document \(index)" + lineEnd + lineEnd + paragraphs.joined(separator: lineEnd + lineEnd) + lineEnd
    }

    /// Writes the documents as `doc-N.txt` files and returns their paths.
    static func write(count: Int, into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            let path = "\(folder)/doc-\(index).txt"
            try Data(document(index).utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// `count` distinct claim spans on word boundaries, with statuses spread evenly.
    static func drafts(for text: DocumentText, count: Int, seed: Int) -> [ClaimDraft] {
        let spaces = text.occurrences(of: " ")
        var random = SplitMix64(seed: UInt64(seed))
        var used = Set<Int>()
        var drafts: [ClaimDraft] = []
        while drafts.count < count && used.count < spaces.count - 8 {
            let first = random.below(spaces.count - 8)
            guard used.insert(first).inserted else { continue }
            var draft = ClaimDraft(range: spaces[first].upperBound..<spaces[first + 1 + random.below(7)].lowerBound)
            draft.status = VerificationStatus.allCases[drafts.count % VerificationStatus.allCases.count]
            draft.speaker = ["Xi Jinping", "Zhou Hongyi", "Lu Jun", "analysts"][random.below(4)]
            draft.tags = random.below(3) == 0 ? ["economy"] : []
            drafts.append(draft)
        }
        return drafts
    }
}
