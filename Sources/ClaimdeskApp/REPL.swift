import ClaimdeskCore
import Foundation

/// The interactive read-eval-print loop.
struct REPL {
    let session: Session

    func run() -> Int32 {
        while !session.context.quitRequested {
            FileHandle.standardOutput.write(Data(prompt().utf8))
            guard let line = readLine() else { break }
            if let error = session.run(line: line) { ErrorReporter.report(error.message) }
        }
        return 0
    }

    private func prompt() -> String {
        let workbench = session.context.workbench
        let document = (try? workbench.currentDocument()).map { "doc \($0.id)" } ?? "no doc"
        return "\(workbench.store.location.name) [\(document)] \(workbench.reviewer)> "
    }
}
