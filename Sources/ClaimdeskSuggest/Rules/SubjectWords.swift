/// The words right before a cue that no speaker pattern reads, as the speaker's mention: `security specialists say`,
/// `but majorities in all four say`, `In separate interviews, four current and former Halden staffers said`,
/// `several sources privy to the talks say`. The resolver then names the speaker by that description.
///
/// ```swift
/// SubjectWords.mention(before: cue, from: sentenceStart, text)   // "security specialists" in "But security specialists say it’s …"
/// ```
/// The words run back from the cue (past `also`, `have already` …) to the sentence's start, a punctuation mark or a word that
/// opens a clause (`but`, `while`, `that` …), at most eight words, none of them a verb such as `is` or `has`.
enum SubjectWords {
    private static let longest = 8
    static let clauseOpeners: Set<String> = ["and", "but", "or", "while", "whereas", "that", "when", "because", "if", "as", "which",
                                             "who", "though", "although", "since", "after", "before", "where", "so", "than",
                                             "But", "And", "While", "When", "Because", "If", "As", "Though", "Although", "Since",
                                             "After", "Before", "Where", "So", "Yet", "yet", "whom", "what", "What"]
    private static let verbs: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could",
                                             "should", "may", "might", "must", "do", "does", "did", "not", "it", "It", "there", "There",
                                             "he", "she", "they", "we", "I", "you", "He", "She", "They", "We", "You"]

    static func mention(before cue: Span, from sentenceStart: Int, _ text: ScalarText) -> Span? {
        let end = CueSpeaker.speakerEnd(before: cue, text)
        var start: Int?
        var next = end
        for _ in 0..<longest {
            guard let word = token(before: next, from: sentenceStart, text), !clauseOpeners.contains(text.slice(word)) else { break }
            guard !verbs.contains(text.slice(word)) else { return nil }
            start = word.start
            next = word.start
        }
        return start.map { text.trimmed(Span($0, end)) }
    }

    /// The run of non-blank code points before `offset` (past white space), unless punctuation ends or opens it (`Clinton,`,
    /// `(R-Va.)`, `—`): there the subject stops.
    private static func token(before offset: Int, from sentenceStart: Int, _ text: ScalarText) -> Span? {
        var end = offset
        while end > sentenceStart, text.isWhitespace(at: end - 1) { end -= 1 }
        var start = end
        while start > sentenceStart, !text.isWhitespace(at: start - 1) { start -= 1 }
        guard start < end, !boundaries.contains(text.scalars[end - 1]), !boundaries.contains(text.scalars[start]) else { return nil }
        return Span(start, end)
    }

    private static let boundaries: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "—", "–", "-", "“", "”", "\"", "[", "]", "."]
}
