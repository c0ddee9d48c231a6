import ClaimdeskCore
import Foundation

/// The interactive read-eval-print loop: readline editing, completion, history, Ctrl-C, paging.
struct REPL {
    let session: Session
    let output: TerminalOutput

    func run() -> Int32 {
        let workbench = session.context.workbench
        let location = workbench.store.location
        try? FileManager.default.createDirectory(atPath: (location.historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let reader = ReadlineLineReader(historyPath: location.historyPath)
        let source = ProjectCompletionSource(workbench: workbench)
        ReadlineLineReader.completer = { before, word, _ in
            Completer.complete(before: Completer.words(before: before), current: word, source: source)
        }
        // The completer holds the store: let it go, so the project is closed (and its WAL checkpointed) on leaving.
        defer { ReadlineLineReader.completer = nil }
        workbench.isCancelled = { ReadlineLineReader.takeInterrupt() }
        let counts = PromptCounts()
        output.note("claimdesk — project \(workbench.store.location.name), reviewer \(workbench.reviewer). `help` lists commands, Tab completes, Ctrl-D leaves.")
        while !session.context.quitRequested {
            switch reader.readLine(prompt: Prompt.text(for: session.context, counts: counts, colors: output.colors)) {
            case .line(let text):
                _ = ReadlineLineReader.takeInterrupt()
                // A pasted block arrives as one line with line breaks: run each line in turn.
                for line in text.split(whereSeparator: \.isNewline) where !session.context.quitRequested {
                    if let error = session.run(line: String(line)) { ErrorReporter.report(error.message) }
                }
            case .interrupted:
                continue
            case .endOfInput:
                output.note("")
                return 0
            }
        }
        return 0
    }
}
