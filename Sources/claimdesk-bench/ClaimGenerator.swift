import ClaimdeskCore

/// Deterministic claim drafts for a generated document: distinct spans of 20 to 240 code points that
/// start and end at word edges on character boundaries, so they nest and overlap as real claims do.
///
/// Statuses go round-robin over ``VerificationStatus/allCases`` across the whole project, so each
/// status holds exactly 1/8 of the claims when the total is a multiple of 8. Most claims have a
/// speaker (some named by alias), some have one or two sources, tags, a quote type and a rationale;
/// half come from suggestions (origin `suggested`, with a detail).
struct ClaimGenerator {
    let seed: UInt64
    let claimsPerDocument: Int

    /// The drafts for document `index` (0-based), whose text is `text`.
    func drafts(for text: DocumentText, index: Int) -> [ClaimDraft] {
        var random = SplitMix64(seed: ~seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        var seen = Set<Int>()
        var drafts: [ClaimDraft] = []
        var attempts = 0
        while drafts.count < claimsPerDocument && attempts < claimsPerDocument * 50 {
            attempts += 1
            guard let range = span(in: text, &random), seen.insert(range.lowerBound << 32 | range.upperBound).inserted else { continue }
            let status = VerificationStatus.allCases[(index * claimsPerDocument + drafts.count) % VerificationStatus.allCases.count]
            drafts.append(draft(range, status: status, &random))
        }
        return drafts
    }

    /// A span from a word start to a word end, or nil when the document ends first.
    private func span(in text: DocumentText, _ random: inout SplitMix64) -> Range<Int>? {
        guard let start = edge(in: text, from: random.below(text.count), where: { $0 == 0 || isSpace(text.scalars[$0 - 1]) }),
              start < text.count, !isSpace(text.scalars[start]),
              let end = edge(in: text, from: start + 20 + random.below(221), where: { $0 == text.count || isSpace(text.scalars[$0]) })
        else { return nil }
        return start..<end
    }

    /// The first offset at or after `offset` that is a character boundary and satisfies `isEdge`.
    private func edge(in text: DocumentText, from offset: Int, where isEdge: (Int) -> Bool) -> Int? {
        var candidate = offset
        while candidate <= text.count {
            if text.isCharacterBoundary(candidate) && isEdge(candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private func draft(_ range: Range<Int>, status: VerificationStatus, _ random: inout SplitMix64) -> ClaimDraft {
        var draft = ClaimDraft(range: range)
        draft.status = status
        if random.below(10) < 8 {
            let speaker = Vocabulary.speakers[random.below(Vocabulary.speakers.count)]
            draft.speaker = random.below(4) == 0 ? speaker.alias ?? speaker.name : speaker.name
            draft.speakerKind = speaker.kind
        }
        draft.quoteType = [QuoteType.direct, .indirect, nil][random.below(3)]
        draft.sources = (0..<random.below(3)).map { position in
            SourceLink(name: Vocabulary.outlets[random.below(Vocabulary.outlets.count)] + (position == 0 ? "" : " wire"),
                       via: random.below(2) == 0 ? Vocabulary.channels[random.below(Vocabulary.channels.count)] : nil)
        }
        draft.tags = Set((0..<random.below(3)).map { _ in Vocabulary.tags[random.below(Vocabulary.tags.count)] }).sorted()
        if status != .unverified && random.below(2) == 0 {
            draft.rationale = "Checked against \(Vocabulary.evidence[random.below(Vocabulary.evidence.count)]); figures differ by \(random.below(40))\u{202F}%."
        }
        if random.below(2) == 0 {
            draft.origin = .suggested
            draft.detail = "suggested by rule reported-speech (confidence 0.\(50 + random.below(50)))"
        }
        return draft
    }
}
