import Foundation

/// `find TEXT`: numbered occurrences in the current document, with offsets and context.
public enum FindCommand: Command {
    public static let name = "find"
    public static let usage = "find TEXT [--doc ID]"
    public static let summary = "list occurrences with offsets; `claim #K` then marks hit K"
    public static let group = CommandGroup.documents
    public static let example = #"find "common prosperity""#
    public static let options = [OptionSpec("doc", value: "ID", help: "another document than the current one")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage + " (quote text that has spaces)")
        let needle = try arguments.positional(0, named: "TEXT", usage: usage)
        guard !needle.isEmpty else { throw .badInput("find needs some text: find \"common prosperity\"") }
        let document = try CurrentDocument.resolve(arguments, context)
        let text = try context.workbench.text(of: document.id)
        var hits = text.occurrences(of: needle)
        var loose = false
        if hits.isEmpty {
            hits = text.looseOccurrences(of: needle)
            loose = !hits.isEmpty
        }
        context.lastFind = hits.map { FoundSpan(docID: document.id, range: $0) }
        guard !hits.isEmpty else {
            context.print("no occurrence of '\(needle)' in document \(document.id)")
            return
        }
        let kind = loose ? " (loose match: quotes, spaces or … differ)" : ""
        context.print("\(hits.count.counted("occurrence")) of '\(needle)' in document \(document.id)\(kind):")
        let paragraphs = text.paragraphs()
        for (index, hit) in hits.enumerated() {
            let paragraph = (paragraphs.firstIndex { $0.contains(hit.lowerBound) } ?? 0) + 1
            context.print("  #\(index + 1)  \(hit.lowerBound)..\(hit.upperBound)  ¶\(paragraph)  \(snippet(hit, in: text))")
        }
    }

    /// The hit with a little context, on one line.
    static func snippet(_ hit: Range<Int>, in text: DocumentText, width: Int = 30) -> String {
        let before = text.slice(max(0, hit.lowerBound - width)..<hit.lowerBound)
        let after = text.slice(hit.upperBound..<min(text.count, hit.upperBound + width))
        let line = "…" + before + "[" + text.slice(hit) + "]" + after + "…"
        return line.oneLine
    }
}
