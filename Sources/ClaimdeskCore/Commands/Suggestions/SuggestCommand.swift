import ClaimdeskSuggest
import Foundation

/// `suggest [--doc ID] [--accept-all]`: numbered candidate claims with speaker, cue, quote type and rule.
public enum SuggestCommand: Command {
    public static let name = "suggest"
    public static let usage = "suggest [--doc ID] [--accept-all]"
    public static let summary = "propose quotes and reported speech with speaker, cue and rule; then accept N… / reject N…"
    public static let group = CommandGroup.marking
    public static let example = "suggest"
    public static let options = [
        OptionSpec("doc", value: "ID", help: "another document than the current one"),
        OptionSpec("accept-all", help: "accept every suggestion at once (for scripts)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let document = try CurrentDocument.resolve(arguments, context)
        let suggestions = try context.workbench.suggestions(for: document.id)
        context.lastSuggestions = (document.id, suggestions)
        if arguments.has("accept-all") {
            try AcceptCommand.accept(suggestions, in: document.id, speaker: nil, context)
            return
        }
        let text = try context.workbench.text(of: document.id)
        for (index, suggestion) in suggestions.enumerated() { context.print(describe(suggestion, number: index + 1, in: text)) }
        context.print("\(suggestions.count.counted("suggestion")); accept N… | accept all | accept N --speaker NAME | reject N…")
    }

    static func describe(_ suggestion: Suggestion, number: Int, in text: DocumentText) -> String {
        let speaker = suggestion.speaker.map { speaker in
            let said = speaker.mention.map { "\"\(text.slice($0.start..<$0.end))\" → " } ?? "(continues) "
            return said + speaker.name + (speaker.isNew ? " (new speaker" + (speaker.note.map { ": \($0)" } ?? "") + ")" : "")
        } ?? "no speaker"
        let cue = suggestion.cue.map { " · cue \($0)" } ?? ""
        let worth = suggestion.checkWorthinessReasons.isEmpty ? "" : " · check-worthy \(String(format: "%.1f", suggestion.checkWorthiness)) (\(suggestion.checkWorthinessReasons.joined(separator: ", ")))"
        return "#\(number) [\(suggestion.span.start)..\(suggestion.span.end)] \(suggestion.quoteType.rawValue) «\(suggestion.text.prefix(60))\(suggestion.text.count > 60 ? "…" : "")» — \(speaker)\(cue) · \(suggestion.rule) \(String(format: "%.2f", suggestion.confidence))\(worth)"
    }
}
