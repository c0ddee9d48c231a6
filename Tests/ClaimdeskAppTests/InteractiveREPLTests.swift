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
