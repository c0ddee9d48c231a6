import ClaimdeskCore
import Foundation

/// Deterministic news-like documents of 2 to 6 KB: a headline, then paragraphs of reported speech,
/// direct quotes (curly and French), attributions and figures; one document in five has CRLF line ends.
///
/// The same seed and index always give the same bytes.
struct DocumentGenerator {
    let seed: UInt64

    /// The text of document `index` (0-based).
    func text(of index: Int) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let targetBytes = 2048 + random.below(4097)
        let lineEnd = random.below(5) == 0 ? "\r\n" : "\n"
        var text = capitalized(clause(&random)) + ", " + pick(Vocabulary.speakers, &random).name + " says" + lineEnd
        while text.utf8.count < targetBytes - 200 {
            text += lineEnd + paragraph(&random) + lineEnd
        }
        return text
    }

    /// Writes documents `doc-00001.txt`… into `folder`; returns their paths and their total size in bytes.
    func write(count: Int, into folder: String) throws -> (paths: [String], bytes: Int) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        let paths = try (0..<count).map { index in
            let path = folder + "/" + DocumentGenerator.fileName(index)
            let data = Data(text(of: index).utf8)
            try data.write(to: URL(fileURLWithPath: path))
            bytes += data.count
            return path
        }
        return (paths, bytes)
    }

    /// `doc-00001.txt` for index 0; claimdesk titles the document `doc-00001`.
    static func fileName(_ index: Int) -> String {
        "doc-" + String(format: "%05d", index + 1) + ".txt"
    }

    private func paragraph(_ random: inout SplitMix64) -> String {
        (0..<(2 + random.below(5))).map { _ in sentence(&random) }.joined(separator: " ")
    }

    private func sentence(_ random: inout SplitMix64) -> String {
        let speaker = pick(Vocabulary.speakers, &random).name, outlet = pick(Vocabulary.outlets, &random)
        let said = clause(&random)
        switch random.below(8) {
        case 0: return "\(capitalized(speaker)) said \(said)."
        case 1: return "\(capitalized(speaker)) told \(outlet) that \(said)."
        case 2: return "“\(capitalized(said)),” \(speaker) said in \(pick(Vocabulary.channels, &random))."
        case 3: return "According to \(outlet), \(said)."
        case 4: return "«\u{202F}\(capitalized(said))\u{202F}», a déclaré \(speaker)."
        case 5: return "One post shared widely read: ‘\(said) \(pick(Vocabulary.emoji, &random))’ — \(speaker) disputed that."
        case 6: return "\(capitalized(said)), \(outlet) reported, citing \(pick(Vocabulary.channels, &random))."
        default: return "\(capitalized(said)), \(speaker) added."
        }
    }

    /// "inflation rose to 4.2 % since 2019", "exports fell by 12 billion yuan last year" and the like.
    private func clause(_ random: inout SplitMix64) -> String {
        let verb = pick(Vocabulary.verbs, &random), time = pick(Vocabulary.times, &random)
        let whole = 1 + random.below(98), tenth = random.below(10)
        switch random.below(4) {
        case 0: return "\(pick(Vocabulary.rates, &random)) \(verb) to \(whole).\(tenth)\u{202F}% \(time)"
        case 1: return "\(pick(Vocabulary.amounts, &random)) \(verb) by \(whole) billion yuan \(time)"
        case 2: return "\(pick(Vocabulary.amounts, &random)) \(verb) to €\(whole).\(tenth) million \(time)"
        default: return "\(pick(Vocabulary.headcounts, &random)) \(verb) by \((whole * 1000 + tenth * 7).grouped) people \(time)"
        }
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T {
        items[random.below(items.count)]
    }
}
