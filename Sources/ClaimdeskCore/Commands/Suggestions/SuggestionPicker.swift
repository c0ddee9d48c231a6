import ClaimdeskSuggest

/// The suggestions named by `N…` or `all` among those the last `suggest` listed.
enum SuggestionPicker {
    static func pick(_ arguments: CommandArguments, _ context: CommandContext, usage: String) throws(ClaimdeskError) -> (Int64, [Suggestion]) {
        guard let (docID, listed) = context.lastSuggestions else {
            throw .badInput("no suggestions listed in this session; run `suggest` first, then \(usage) (one-shot commands are separate sessions: use the REPL, a script or standard input)")
        }
        guard !listed.isEmpty else { throw .badInput("the last `suggest` listed no suggestions; nothing to pick") }
        let words = arguments.positionals.map(\.text)
        guard !words.isEmpty else { throw .badInput("say which suggestions: \(usage)") }
        if words == ["all"] { return (docID, listed) }
        var chosen: [Suggestion] = []
        var named: Set<Int> = []
        for word in words {
            guard let number = Int(word.hasPrefix("#") ? String(word.dropFirst()) : word), (1...listed.count).contains(number) else {
                throw .badInput("'\(word)' is not a suggestion number; the last `suggest` listed #1 … #\(listed.count)")
            }
            guard named.insert(number).inserted else {
                throw .badInput("suggestion #\(number) is named twice; name each suggestion once")
            }
            chosen.append(listed[number - 1])
        }
        return (docID, chosen)
    }
}
