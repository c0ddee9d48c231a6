import ClaimdeskCore

/// The prompt tells where you are: `sample · doc 1 · 5 unverified · ana> `, with
/// `· 1 misquoted or misattributed` while any claim's attribution failed.
enum Prompt {
    static func text(for context: CommandContext, counts: PromptCounts, colors: Bool) -> String {
        let workbench = context.workbench
        let document = (try? workbench.currentDocument()).map { "doc \($0.id)" } ?? "no doc"
        let (unverified, failed) = counts.current(for: workbench)
        let attribution = failed > 0 ? " · \(failed) misquoted or misattributed" : ""
        let queue = context.queue.map { " · queue \($0.position + 1)/\($0.totalText)" } ?? ""
        let text = "\(workbench.store.location.name) · \(document) · \(unverified) unverified\(attribution)\(queue) · \(workbench.reviewer)> "
        // \u{1} and \u{2} tell readline the escape codes take no room on screen.
        return colors ? "\u{1}\u{1B}[1;36m\u{2}" + text + "\u{1}\u{1B}[0m\u{2}" : text
    }
}
