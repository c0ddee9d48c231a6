/// A speaker's turn in a transcript: a paragraph that opens with the speaker's name in capitals and a colon, as interviews,
/// hearings and debates are printed; a quotation mark may open it, as when an article quotes a whole transcript:
///
/// ```
/// "HOLM: We begin tonight with the vote on the harbour bond. …
///
/// "PARK: Well, look, my opponent apparently thinks this is a game of “Monopoly.” …
/// ```
/// The claim is the turn's words, after the colon, direct; its speaker is the label (`PARK` is `Ellen Park` when the text
/// named her, `JAKE TAPPER` is `Jake Tapper`), and a paragraph after it with no label of its own goes on with that speaker
/// (`quote-continues`). A text is read as a transcript only where at least two speakers take turns and one of them takes
/// two turns or more (`JAKE TAPPER` and `TAPPER` are one speaker), so that a dateline (`ISLAMABAD:`) or a list of labels
/// each used once (`PROS:`, `CONS:`) is nobody's turn; labels that name no speaker (`VIDEO:`, `THE FACTS:`, `Q:`), places
/// (`WASHINGTON:`) and headings are never turns. A Q&A's `Q:` and `A:` name no one: the rules read inside its answers.
/// A role after a comma, as broadcast transcripts print it (`JAKE TAPPER, CNN ANCHOR:`), is the speaker's note.
struct TranscriptTurn {
    static let rule = "transcript-turn"
    /// The speaker's label as printed, without the colon or a role: `PENCE`, `JAKE TAPPER`.
    let label: Span
    /// The role printed after the label and a comma (`CNN ANCHOR`), if any.
    let role: Span?
    /// What the speaker said: from after the colon to the end of the paragraph, without a quotation mark closing the turn.
    let words: Span

    /// Labels that introduce something other than a speaker's words.
    private static let notSpeakers: Set<String> = [
        "ALSO", "ANALYSIS", "ANSWER", "BACKGROUND", "BOTTOM LINE", "BREAKING", "BYLINE", "CLAIM", "CLARIFICATION", "CONS", "CONTEXT",
        "CORRECTION", "DISCLOSURE", "EDITOR'S NOTE", "EDITOR’S NOTE", "EXCLUSIVE", "FACT", "FACT CHECK", "FACTS", "LISTEN", "LIVE",
        "MORE", "NOTE", "OPINION", "PHOTO", "PHOTOS", "POLL", "PROS", "QUESTION", "RATING", "READ", "READ MORE", "RELATED", "REPORT",
        "RULING", "SEE ALSO", "SOURCE", "SOURCES", "SUMMARY", "THE BOTTOM LINE", "THE CLAIM", "THE FACTS", "THE RULING",
        "THE VERDICT", "TRANSCRIPT", "UPDATE", "UPDATED", "VERDICT", "VIDEO", "WATCH", "WHAT", "WHEN", "WHERE", "WHO", "WHY",
        "WHY IT MATTERS",
    ]
    /// At most this many words in a label (`MARTHA RADDATZ`, `SEN. TIM KAINE`).
    private static let labelWords = 4

    /// The turns of a transcript, by the start of their paragraph; none unless two speakers take turns, one of them twice.
    static func find(in paragraphs: [Paragraph], of text: ScalarText) -> [Int: TranscriptTurn] {
        var turns: [Int: TranscriptTurn] = [:]
        var turnsBySpeaker: [Substring: Int] = [:]
        for paragraph in paragraphs where !paragraph.isHeading {
            guard let turn = turn(opening: paragraph.span, text) else { continue }
            turns[paragraph.span.start] = turn
            turnsBySpeaker[text.slice(turn.label).split(separator: " ").last!, default: 0] += 1
        }
        return turnsBySpeaker.count >= 2 && turnsBySpeaker.values.contains { $0 >= 2 } ? turns : [:]
    }

    /// The claim: the turn's words, said by the label, with the role as its note (`Cnn Anchor` reads badly: the role is kept
    /// as printed, in capitals).
    func candidate(in text: ScalarText) -> Candidate {
        var candidate = Candidate(span: words, quoteType: .direct, mention: label, rule: Self.rule, confidence: 0.8)
        candidate.note = role.map(text.slice)
        candidate.mentionIsLabel = true
        return candidate
    }

    private static func turn(opening paragraph: Span, _ text: ScalarText) -> TranscriptTurn? {
        let opening = text.scalars[paragraph.start]
        let opensQuotation = Lexicon.openingMarks.contains(opening)
        let labelStart = opensQuotation ? paragraph.start + 1 : paragraph.start
        guard let nameEnd = capitalsEnd(from: labelStart, paragraph, text), namesASpeaker(text.slice(Span(labelStart, nameEnd))) else { return nil }
        var colon = nameEnd, role: Span?
        if text.scalars[nameEnd] == ",", nameEnd + 2 < paragraph.end, text.scalars[nameEnd + 1] == " ",
           let roleEnd = capitalsEnd(from: nameEnd + 2, paragraph, text), text.scalars[roleEnd] == ":" {
            role = Span(nameEnd + 2, roleEnd)
            colon = roleEnd
        }
        guard text.scalars[colon] == ":", colon + 2 < paragraph.end, text.isWhitespace(at: colon + 1) else { return nil }
        var end = paragraph.end
        if opensQuotation, closingMarks(of: opening).contains(text.scalars[end - 1]) { end -= 1 }
        let words = text.trimmed(Span(colon + 1, end))
        guard words.length > 0, text.scalars[words.start].isQuickAlphabetic || text.scalars[words.start] == "(" else { return nil }
        return TranscriptTurn(label: Span(labelStart, nameEnd), role: role, words: words)
    }

    /// Whether a label can name a speaker: no notice (`UPDATE`) and no place (`WASHINGTON`, a dateline).
    private static func namesASpeaker(_ label: String) -> Bool {
        !notSpeakers.contains(label) && !Lexicon.places.contains(titleCased(label))
    }

    /// `O’BRIEN` → `O’Brien`, `JEAN-PIERRE` → `Jean-Pierre`, `SEN. TIM KAINE` → `Sen. Tim Kaine`, `MCCAIN` → `McCain`: a
    /// capital first and after a space, a full stop, an apostrophe, a hyphen or a name's opening `Mc`.
    static func titleCased(_ label: String) -> String {
        var result = "", capitalNext = true
        for character in label {
            result += capitalNext ? character.uppercased() : character.lowercased()
            capitalNext = character == " " || character == "-" || character == "’" || character == "'" || character == "."
                || (result.hasSuffix("Mc") && (result.count == 2 || result.dropLast(2).last == " "))
        }
        return result
    }

    /// The marks that close a quotation `opening` opens: a double mark's, not an apostrophe closing a nested quotation
    /// (`"PENCE: My father used to say, ‘Never quit.’`).
    private static func closingMarks(of opening: Unicode.Scalar) -> Set<Unicode.Scalar> {
        opening == "‘" ? ["’"] : ["”", "\""]
    }

    /// Where a run of one to four words in capitals (with `.`, `'`, `’`, `-` or a combining accent, `DI\u{301}AZ`; two letters
    /// or more in all) that `start` opens ends, at a colon or a comma.
    private static func capitalsEnd(from start: Int, _ paragraph: Span, _ text: ScalarText) -> Int? {
        var index = start, words = 1, letters = 0
        while index < paragraph.end {
            let scalar = text.scalars[index]
            if scalar == ":" || scalar == "," { return letters >= 2 && index > start && text.scalars[index - 1] != " " ? index : nil }
            if scalar == " " {
                words += 1
                guard words <= labelWords, index > start, text.scalars[index - 1] != " " else { return nil }
            } else if scalar.properties.isUppercase {
                letters += 1
            } else if index == start || !(".'’-".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .nonspacingMark) {
                return nil
            }
            index += 1
        }
        return nil
    }
}
