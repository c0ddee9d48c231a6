/// Proposes claims with their speaker, cue and quote type. Rule-based, explainable, no model.
///
/// ```swift
/// let suggestions = Suggester(knownSpeakers: [KnownSpeaker(name: "Zhou Hongyi", aliases: ["Zhou"])])
///     .suggest(in: articleText)
/// suggestions[0].speaker?.name   // "Daniel Zhang"
/// suggestions[0].rule            // "name-cue-clause"
/// ```
/// Offsets are code points. The rules are listed in `RuleBook`, one per file, each with an example.
public struct Suggester: Sendable {
    public let knownSpeakers: [KnownSpeaker]

    public init(knownSpeakers: [KnownSpeaker] = []) {
        self.knownSpeakers = knownSpeakers
    }

    /// The suggestions for a text, ordered by start (then end) offset.
    public func suggest(in string: String) -> [Suggestion] {
        let text = ScalarText(string)
        let paragraphs = Paragraph.split(text)
        let candidates = CandidateSelection.choose(RuleBook.candidates(in: paragraphs, of: text), in: text)
        return resolve(candidates, text, paragraphs).sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// Resolves speakers in text order, so that pronouns and surnames refer back to what came before. A quote with no cue
    /// goes on with the previous claim's speaker, unless a person has been named since that claim's attribution; one inside
    /// the writer's sentence is its subject's, else the person's named last.
    private func resolve(_ candidates: [Candidate], _ text: ScalarText, _ paragraphs: [Paragraph]) -> [Suggestion] {
        let labels = candidates.filter(\.mentionIsLabel).compactMap(\.mention)
        var resolver = SpeakerResolver(known: knownSpeakers, text: text, paragraphs: paragraphs, labels: labels)
        var previousSpeaker: SuggestedSpeaker?
        var previousClaimEnd = 0
        return candidates.sorted { $0.resolutionPoint < $1.resolutionPoint }.map { candidate in
            resolver.advance(to: candidate.resolutionPoint)
            var speaker = candidate.mention.flatMap { mention in
                candidate.mentionIsLabel ? resolver.resolve(label: mention, role: candidate.note) : resolver.resolve(mention, note: candidate.note)
            }.map { DescribingPhrase.described($0, cue: candidate.cue, text) }
            if candidate.speakerIsLastNamed {
                speaker = speaker ?? resolver.lastNamedPerson() ?? previousSpeaker
            } else if candidate.continuesPrevious {
                speaker = resolver.lastNamedPerson(after: previousClaimEnd)
                    ?? previousSpeaker.map { SuggestedSpeaker(name: $0.name, mention: nil, isNew: $0.isNew, note: nil, kind: $0.kind) }
            }
            if speaker != nil { previousSpeaker = speaker }
            previousClaimEnd = attributionEnd(of: candidate, text, paragraphs)
            return suggestion(candidate, speaker: speaker, text)
        }
    }

    /// The end of the sentence that holds a claim's attribution: a person named there (`“…,” said Tom Rath, a GOP leader who
    /// had endorsed Kasich.`) is part of it, not someone a quote that continues after it goes on with.
    private func attributionEnd(of candidate: Candidate, _ text: ScalarText, _ paragraphs: [Paragraph]) -> Int {
        let end = max(candidate.span.end, candidate.mention?.end ?? 0, candidate.cue?.end ?? 0)
        guard let paragraph = paragraphs.first(where: { $0.span.start < end && end <= $0.span.end }) else { return end }
        return paragraph.sentenceEnd(after: end, in: text)
    }

    private func suggestion(_ candidate: Candidate, speaker: SuggestedSpeaker?, _ text: ScalarText) -> Suggestion {
        let claim = text.slice(candidate.span)
        let (worthiness, reasons) = CheckWorthiness.score(claim)
        return Suggestion(span: candidate.span, text: claim, quoteType: candidate.quoteType, speaker: speaker,
                          cue: candidate.cue.map(text.slice), cueSpan: candidate.cue,
                          confidence: speaker == nil ? candidate.confidence / 2 : candidate.confidence,
                          rule: candidate.rule, checkWorthiness: worthiness, checkWorthinessReasons: reasons, fragments: candidate.fragments)
    }
}
