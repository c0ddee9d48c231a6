import Foundation

/// Proposes claims with their speaker, cue and quote type. Rule-based, explainable, no model.
///
/// ```swift
/// let suggestions = Suggester(knownSpeakers: [KnownSpeaker(name: "Zhou Hongyi", aliases: ["Zhou"])])
///     .suggest(in: articleText)
/// suggestions[0].speaker?.name   // "Daniel Zhang"
/// suggestions[0].rule            // "name-cue-clause"
/// ```
/// Offsets are code points. The rules are in `Rules/`, one per file, each with examples.
public struct Suggester: Sendable {
    public let knownSpeakers: [KnownSpeaker]
    private let rules: [any Rule & Sendable] = [DirectQuoteRule(), ReportedSpeechRule(), AccordingToRule()]
    private static let titledPerson = Lexicon.regex(#"\b(?:President|Premier|Minister|Chairman|Professor|Mayor|Director|Dr\.|Mr\.|Ms\.)\s+(?<name>"# + Lexicon.name + ")")
    private static let anyName = Lexicon.regex(Lexicon.name)

    public init(knownSpeakers: [KnownSpeaker] = []) {
        self.knownSpeakers = knownSpeakers
    }

    public func suggest(in string: String) -> [Suggestion] {
        let text = ScalarText(string)
        let candidates = text.paragraphs().flatMap { paragraph in rules.flatMap { $0.candidates(in: paragraph, of: text) } }
        return resolve(deduplicated(candidates), text).sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// Where a direct quote and reported speech overlap, the quote wins.
    private func deduplicated(_ candidates: [Candidate]) -> [Candidate] {
        candidates.filter { candidate in
            candidate.quoteType == .direct || !candidates.contains { other in
                other.quoteType == .direct && other.span.overlap(candidate.span) * 2 > min(other.span.length, candidate.span.length)
            }
        }
    }

    /// Resolves speakers in text order, so pronouns and surnames refer back to what came before.
    private func resolve(_ candidates: [Candidate], _ text: ScalarText) -> [Suggestion] {
        var resolver = SpeakerResolver(known: knownSpeakers, text: text)
        var previousSpeaker: SuggestedSpeaker?
        let titled = text.matches(Self.titledPerson, in: Span(0, text.count)).compactMap { $0[1] }.map { ($0, true) }
        let names = text.matches(Self.anyName, in: Span(0, text.count)).compactMap { $0[0] }.map { ($0, false) }
        var pending = (titled + names).sorted { $0.0.start < $1.0.start }[...]
        return candidates.sorted { $0.resolutionPoint < $1.resolutionPoint }.map { candidate in
            while let (span, isTitled) = pending.first, span.start < candidate.resolutionPoint {
                if isTitled { _ = resolver.resolve(span) } else { resolver.noteMention(span) }
                pending.removeFirst()
            }
            var speaker = candidate.mention.flatMap { resolver.resolve($0, note: candidate.note) }
            if candidate.continuesPrevious { speaker = previousSpeaker.map { SuggestedSpeaker(name: $0.name, mention: nil, isNew: $0.isNew, note: nil, kind: $0.kind) } }
            if speaker != nil { previousSpeaker = speaker }
            let claim = text.slice(candidate.span)
            let (worthiness, reasons) = CheckWorthiness.score(claim)
            return Suggestion(span: candidate.span, text: claim, quoteType: candidate.quoteType, speaker: speaker,
                              cue: candidate.cue.map(text.slice), cueSpan: candidate.cue,
                              confidence: speaker == nil ? candidate.confidence / 2 : candidate.confidence,
                              rule: candidate.rule, checkWorthiness: worthiness, checkWorthinessReasons: reasons)
        }
    }
}
