import ClaimdeskCore
import Foundation

/// A claimdesk session over one project: a script, one command, or the interactive REPL.
///
/// Every mode runs lines through the same ``CommandRegistry``; errors go to
/// standard error as one line and, outside the REPL, end the run with status 2.
public final class Session {
    public static let errorExitCode: Int32 = 2

    let context: CommandContext
    let output: FlushingOutput

    init(options: SessionOptions, output: FlushingOutput, colors: Bool) throws(ClaimdeskError) {
        let location = try ProjectLocation(argument: options.project)
        let store = try ProjectStore.open(location)
        let workbench = Workbench(store: store, reviewer: try options.resolvedReviewer(), clock: options.clock())
        self.output = output
        context = CommandContext(workbench: workbench, output: output, colors: colors)
        if isatty(STDERR_FILENO) == 1 { workbench.progressDrawer = { FileHandle.standardError.write(Data($0.utf8)) } }
    }

    /// Runs `claimdesk` as the options say and returns the exit status.
    public static func main(_ options: SessionOptions) -> Int32 {
        let interactive = options.command.isEmpty && options.script == nil && isatty(STDIN_FILENO) == 1
        do {
            if interactive {
                let output = TerminalOutput(colors: ColorPolicy.colorsWanted())
                return REPL(session: try Session(options: options, output: output, colors: output.colors), output: output).run()
            }
            let session = try Session(options: options, output: StandardOutput(), colors: false)
            if !options.command.isEmpty { return session.runOneShot(options.command) }
            if let script = options.script { return session.runScript(at: script, keepGoing: options.keepGoing) }
            return session.runLines(StandardInputLines(), source: "stdin", keepGoing: options.keepGoing)
        } catch {
            ErrorReporter.report(error.message)
            return errorExitCode
        }
    }

    /// Runs one line; returns the error, if any, after flushing output.
    func run(line: String) -> ClaimdeskError? {
        defer { output.flush() }
        do {
            try CommandRegistry.run(line: line, context)
            return nil
        } catch {
            return error
        }
    }

    func runOneShot(_ words: [String]) -> Int32 {
        defer { output.flush() }
        do {
            try CommandRegistry.run(words: words, context)
            return 0
        } catch {
            output.flush()
            ErrorReporter.report(error.message)
            return Session.errorExitCode
        }
    }

    func runScript(at path: String, keepGoing: Bool) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            ErrorReporter.report("cannot read script \(path); check the path")
            return Session.errorExitCode
        }
        guard let text = String(data: data, encoding: .utf8) else {
            ErrorReporter.report("script \(path) is not UTF-8 text")
            return Session.errorExitCode
        }
        return runLines(ScriptLines(text), source: path, keepGoing: keepGoing)
    }

    /// Runs lines in order; stops at the first error unless `keepGoing`.
    func runLines<Lines: Sequence>(_ lines: Lines, source: String, keepGoing: Bool) -> Int32 where Lines.Element == String {
        var status: Int32 = 0
        for (index, line) in lines.enumerated() {
            guard let error = run(line: line) else {
                if context.quitRequested { break }
                continue
            }
            ErrorReporter.report("\(source):\(index + 1): \(error.message)")
            status = Session.errorExitCode
            if !keepGoing { break }
        }
        return status
    }
}
