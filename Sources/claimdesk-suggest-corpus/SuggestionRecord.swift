import ClaimdeskSuggest

/// One suggestion as a JSON line, for scripts that score the suggester on a corpus.
///
/// ```json
/// {"file":"a.txt","start":115,"end":290,"rule":"name-cue-clause","quoteType":"indirect","speaker":"The New York Post","cue":"reports"}
/// {"file":"a.txt","start":400,"end":470,"fragments":[[400,420],[436,470]],"rule":"quote-name-cue",…}
/// ```
/// `fragments` (the quoted pieces of a quote interrupted by its attribution) is left out for a claim in one piece; `mention`
/// is where the speaker is named (`[start, end]`), left out when the speaker was not named by the attribution.
struct SuggestionRecord: Encodable {
    let file: String
    let start: Int
    let end: Int
    let rule: String
    let quoteType: String
    let speaker: String?
    let cue: String?
    let note: String?
    let fragments: [[Int]]?
    let mention: [Int]?

    init(file: String, _ suggestion: Suggestion) {
        self.file = file
        start = suggestion.span.start
        end = suggestion.span.end
        rule = suggestion.rule
        quoteType = suggestion.quoteType.rawValue
        speaker = suggestion.speaker?.name
        cue = suggestion.cue
        note = suggestion.speaker?.note
        fragments = suggestion.fragments?.map { [$0.start, $0.end] }
        mention = suggestion.speaker?.mention.map { [$0.start, $0.end] }
    }
}
