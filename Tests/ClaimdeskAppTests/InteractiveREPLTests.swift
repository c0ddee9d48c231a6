import Foundation
import Testing

/// The REPL in a real terminal (tmux): completion, Ctrl-C, history across restarts, colours, the pager.
@Suite(.serialized) struct InteractiveREPLTests {
    private func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        return workspace
    }

    private var binary: String { ClaimdeskRun.binary }

    @Test func completesCommandsStatusesAndQuotedSpeakers() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path)
        try repl.waitFor("ana>")
        try repl.send("sta", "Tab")
        try repl.waitFor("ana> status")
        try repl.send("2 ref", "Tab")
        try repl.waitFor("ana> status 2 refuted")
        try repl.send("C-u", "speaker 2 Wa", "Tab")
        try repl.waitFor("ana> speaker 2 \"Wang")
        try repl.send(" H", "Tab")
        try repl.waitFor("ana> speaker 2 \"Wang Hsin-Hsien\"")
        try repl.send("Enter")
        try repl.waitFor("claim 2: speaker Zhou Hongyi → Wang Hsin-Hsien")
    }

    @Test func ctrlCCancelsTheLineAndCtrlDLeaves() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path)
        try repl.waitFor("ana>")
        try repl.send("status 1 refuted", "C-c")
        Thread.sleep(forTimeInterval: 0.3)
        try repl.send("docs", "Enter")
        let screen = try repl.waitFor("* 1  Chinese tech tycoons")
        #expect(!screen.contains("status 1 refuted\n"))
        #expect(try workspace.claimdesk("claims", "--status", "refuted").stdout.hasSuffix("0 claims\n"))
        try repl.send("C-d")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!repl.isRunning)
    }

    /// Leaving closes the project: its WAL is checkpointed into project.sqlite and removed, so a copy
    /// of project.sqlite alone (or `git status` on the sample) sees every change made at the prompt.
    @Test func leavingCheckpointsTheProjectFile() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path)
        try repl.waitFor("ana>")
        try repl.send("status 1 refuted", "Enter")
        try repl.waitFor("claim 1: status")
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/projects/sample/project.sqlite-wal"))
        try repl.send("C-d")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!repl.isRunning)
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/projects/sample/project.sqlite-wal"))
        try FileManager.default.createDirectory(atPath: workspace.path + "/alone", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: workspace.path + "/projects/sample/project.sqlite", toPath: workspace.path + "/alone/project.sqlite")
        #expect(try workspace.claimdesk("--project", "./alone", "claims", "--status", "refuted").stdout.hasSuffix("1 claim\n"))
    }

    @Test func historySurvivesARestart() throws {
        let workspace = try workspace()
        let first = try TmuxSession(binary, in: workspace.path)
        try first.waitFor("ana>")
        try first.send("find \"Lu Jun\"", "Enter")
        try first.waitFor("1 occurrence")
        try first.send("quit", "Enter")
        Thread.sleep(forTimeInterval: 0.5)
        let second = try TmuxSession(binary, in: workspace.path)
        try second.waitFor("ana>")
        try second.send("Up", "Up")
        try second.waitFor("ana> find \"Lu Jun\"")
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/projects/sample/.history"))
    }

    @Test func coloursOnlyWithoutNoColor() throws {
        let workspace = try workspace()
        let coloured = try TmuxSession(binary, in: workspace.path)
        try coloured.waitFor("ana>")
        try coloured.send("show 11", "Enter")
        #expect(try coloured.waitFor("⟦3:", escapes: true).contains("\u{1B}["))
        let plain = try TmuxSession(binary, in: workspace.path, environment: ["NO_COLOR": "1"])
        try plain.waitFor("ana>")
        try plain.send("show 11", "Enter")
        #expect(!(try plain.waitFor("⟦3:", escapes: true).contains("\u{1B}[3")))
    }

    /// A misattributed claim is counted in the prompt and marked with a dagger, apart from a refuted one.
    @Test func aFailedAttributionShowsInThePromptAndTheMarkers() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path, environment: ["NO_COLOR": "1"])
        try repl.waitFor("3 unverified · ana>")
        try repl.send("attribution 4 misattributed --note \"not in the interview\"", "Enter")
        try repl.waitFor("3 unverified · 1 misquoted or misattributed · ana>")
        try repl.send("show 15", "Enter")
        try repl.waitFor("“⟦4†:The target of this round")
    }

    /// With the default pager (`less -R`), long output pages and `q` comes back to the prompt.
    @Test func lessPagesAndHandsTheTerminalBack() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path, environment: ["PAGER": ""], rows: 15)
        try repl.waitFor("ana>")
        try repl.send("help", "Enter")
        try repl.waitFor("Documents:")
        #expect(!(try repl.screen().contains("Session:")), "the pager shows one screen")
        try repl.send("q")
        try repl.send("docs", "Enter")
        try repl.waitFor("* 1  Chinese tech tycoons")
    }

    /// Quitting `less` long before the end of a big document (far more than a pipe holds) leaves
    /// the REPL running: the rest of the text is dropped, not a SIGPIPE that ends the session.
    @Test func quittingThePagerEarlyKeepsTheREPL() throws {
        let workspace = try workspace()
        let paragraph = "Officials said, “the figures are final.” Critics disagreed. "
        try workspace.write("long.txt", (1...600).map { "\($0). " + String(repeating: paragraph, count: 3) }.joined(separator: "\n\n"))
        let repl = try TmuxSession(binary, in: workspace.path, environment: ["PAGER": ""], rows: 15)
        try repl.waitFor("ana>")
        try repl.send("import long.txt", "Enter")
        try repl.waitFor("imported document 2")
        try repl.send("show", "Enter")
        try repl.waitFor("[1] 1. Officials said")
        try repl.send("q")
        try repl.send("docs", "Enter")
        try repl.waitFor("* 2  long")
        #expect(repl.isRunning)
    }

    /// When the terminal shrinks while a line is being typed, readline learns the new width: the
    /// rest of the line wraps, a character typed at its start lands there, and the line stays whole.
    @Test func resizingTheTerminalRewrapsTheLine() throws {
        let workspace = try workspace()
        let repl = try TmuxSession(binary, in: workspace.path, columns: 100, rows: 20)
        try repl.waitFor("ana>")
        let words = "find \"common prosperity\" and more words to wrap"
        try repl.send(String(words.prefix(20)))
        try repl.waitFor("ana> " + words.prefix(20))
        try repl.resize(columns: 50)
        Thread.sleep(forTimeInterval: 0.3)
        try repl.send(String(words.dropFirst(20)), "C-a", "X")
        Thread.sleep(forTimeInterval: 0.5)
        // Spaces aside: readline leaves a space that falls on a fresh row unwritten.
        let screen = try repl.screen(joined: true)
        #expect(screen.filter { $0 != " " }.contains(("ana> X" + words).filter { $0 != " " }), "\(screen)")
        try repl.send("C-e", "C-u", "docs", "Enter")
        try repl.waitFor("* 1  Chinese tech tycoons")
    }

    @Test func longOutputGoesThroughThePager() throws {
        let workspace = try workspace()
        let paged = workspace.path + "/paged.txt"
        let repl = try TmuxSession(binary, in: workspace.path, environment: ["PAGER": "cat > \(paged)"], rows: 20)
        try repl.waitFor("ana>")
        try repl.send("show", "Enter")
        try repl.waitFor("ana> show\nsample")
        Thread.sleep(forTimeInterval: 1)
        let text = try String(contentsOfFile: paged, encoding: .utf8)
        #expect(text.contains("[26] “Beijing won’t allow companies") && text.contains("⟦3:"))
        try repl.send("show 1", "Enter")
        try repl.waitFor("[1] During the three-day")
    }
}
