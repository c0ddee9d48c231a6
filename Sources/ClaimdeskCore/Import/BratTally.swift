/// What a brat import read, stored and left out, summed over its files: the summary it prints, and
/// the error when types or roles have no `--map` entry.
///
/// ```
/// brat: 94 files, 84 documents (84 imported), 2322 claims (334 discontinuous, 694 fragments), 2189 speaker mentions, 2322 cues
/// skipped: Discard (mapped to ignore) 24, Attribution event with no claim 3
/// ```
struct BratTally {
    var files = 0
    var claims = 0
    var speakers = 0
    var cues = 0
    var discontinuous = 0
    var fragments = 0
    /// Entity types (`Discard`) and event roles (`Attribution.Topic`) that `--map` does not name, with their counts.
    var unmapped: [String: Int] = [:]
    /// What was read but not imported, by kind, with counts.
    var skipped: [String: Int] = [:]

    mutating func add(_ other: BratTally) {
        files += other.files
        (claims, speakers, cues) = (claims + other.claims, speakers + other.speakers, cues + other.cues)
        (discontinuous, fragments) = (discontinuous + other.discontinuous, fragments + other.fragments)
        unmapped.merge(other.unmapped, uniquingKeysWith: +)
        skipped.merge(other.skipped, uniquingKeysWith: +)
    }

    /// Counts a claim's speaker mention, cue and fragments.
    mutating func count(_ state: ClaimState) {
        if state.speakerStart != nil { speakers += 1 }
        if state.cueStart != nil { cues += 1 }
        if let pieces = state.fragments { (discontinuous, fragments) = (discontinuous + 1, fragments + pieces.count) }
    }

    /// The refusal when some type or role has no role, listing each with its count.
    var unmappedError: ClaimdeskError {
        let list = Self.list(unmapped)
        let example = unmapped.keys.sorted().first.map { "\($0)=ignore" } ?? ""
        return .badInput("these brat types and event roles have no role: \(list); add them to --map (claim, speaker, cue or ignore, e.g. --map …,\(example)) or pass --skip-unmapped; nothing was imported")
    }

    func summary(documents: Int, importedDocuments: Int) -> [String] {
        var lines = ["brat: \(files.counted("file")), \(documents.counted("document")) (\(importedDocuments) imported), \(claims.counted("claim")) "
                     + "(\(discontinuous) discontinuous, \(fragments.counted("fragment"))), \(speakers.counted("speaker mention")), \(cues.counted("cue"))"]
        var left = skipped
        for (name, count) in unmapped { left["\(name) (not in --map)", default: 0] += count }
        if !left.isEmpty { lines.append("skipped: " + Self.list(left)) }
        return lines
    }

    /// `Discard 24, Discuss 49`, by name.
    private static func list(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
