import Foundation

/// A pattern of reported speech. Each rule reads one sentence (a paragraph seen through it, `Paragraph.window`) that holds
/// one of its trigger words, and proposes claims in the writer's words.
protocol ClauseRule: Sendable {
    /// The name recorded with the suggestions this rule makes.
    var name: String { get }
    /// Lower-case words of which a sentence must hold one for this rule to look at it (its cues).
    var triggers: Set<String> { get }
    /// Whether a sentence is worth reading (by default: it holds a trigger word).
    func reads(_ sentence: SentenceWords) -> Bool
    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate]
}

extension ClauseRule {
    func reads(_ sentence: SentenceWords) -> Bool { sentence.holdsAny(of: triggers) }

    /// Each match of `pattern` in the paragraph whose `claim` group holds `minimumLength` code points or more, as reported
    /// speech with the match's `mention` and `cue` groups: the whole of a rule whose pattern says everything
    /// (`according-to-clause`, `clause-according-to`, `as-cue-clause`, `clause-name-cue`).
    ///
    /// ```swift
    /// clauses(matching: Self.pattern, in: paragraph, text, minimumLength: 20, confidence: 0.7)
    /// ```
    func clauses(matching pattern: NSRegularExpression, in paragraph: Paragraph, _ text: ScalarText, minimumLength: Int = 0,
                 confidence: Double) -> [Candidate] {
        text.allMatches(pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"], claim.length >= minimumLength else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: match["mention"], cue: match["cue"],
                             rule: name, confidence: confidence)
        }
    }
}
