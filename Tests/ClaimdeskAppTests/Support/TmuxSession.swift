import Foundation

/// Drives a program in a detached tmux session: a real terminal for REPL tests (CI has no TTY of its own).
final class TmuxSession {
    let name = "cdk-test-" + UUID().uuidString.prefix(8)

    /// Starts `command` in `folder` in a terminal of the given size, with extra environment.
    init(_ command: String, in folder: String, environment: [String: String] = [:], columns: Int = 100, rows: Int = 30) throws {
        let exports = environment.map { "export \($0.key)='\($0.value)'; " }.joined()
        try TmuxSession.startingAgainIfTheServerWasLeaving(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", "-c", folder,
                              "unset NO_COLOR CLAIMDESK_HOME; export TERM=xterm-256color CLAIMDESK_REVIEWER=ana; \(exports)exec \(command)"])
    }

    /// Tests run in parallel on one tmux server, which exits when its last session ends: a session started at that
    /// moment reaches a server on its way out (`server exited unexpectedly`) and is started again on a new one.
    private static func startingAgainIfTheServerWasLeaving(_ arguments: [String]) throws {
        for _ in 1..<5 {
            do {
                try tmux(arguments)
                return
            } catch TmuxError.failed(let message) where message.contains("server exited") {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        try tmux(arguments)
    }

    deinit {
        _ = try? TmuxSession.tmux(["kill-session", "-t", name])
    }

    /// Types keys (tmux key names such as `Enter`, `Tab`, `C-c`, `Up`, or literal text).
    func send(_ keys: String...) throws {
        try TmuxSession.tmux(["send-keys", "-t", name] + keys)
    }

    /// Resizes the terminal, as a user dragging the window does (the program gets SIGWINCH).
    func resize(columns: Int) throws {
        try TmuxSession.tmux(["resize-window", "-t", name, "-x", "\(columns)"])
    }

    /// The screen's text (`escapes` keeps colour codes; `joined` joins lines the terminal wrapped).
    func screen(escapes: Bool = false, joined: Bool = false) throws -> String {
        try TmuxSession.tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []) + (joined ? ["-J"] : []))
    }

    /// Waits until the screen contains `text`; returns the screen, or throws after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, escapes: Bool = false, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = try screen(escapes: escapes)
            if current.contains(text) { return current }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout(waitingFor: text, screen: try screen(escapes: escapes))
    }

    /// Whether the session's program is still running.
    var isRunning: Bool {
        (try? TmuxSession.tmux(["has-session", "-t", name])) != nil
    }

    enum TmuxError: Error, CustomStringConvertible {
        case timeout(waitingFor: String, screen: String)
        case failed(String)
        var description: String {
            switch self {
            case .timeout(let text, let screen): return "timed out waiting for \(text.debugDescription); screen:\n\(screen)"
            case .failed(let message): return message
            }
        }
    }

    /// Every test session lives on a private tmux server of this test process (its own socket, no user
    /// configuration), so tests neither touch a user's sessions, nor another test run's server, nor depend on
    /// their `.tmux.conf`.
    @discardableResult
    private static func tmux(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(["tmux", "-L", "claimdesk-tests-\(getpid())", "-f", "/dev/null"] + arguments, timeout: 30)
        guard result.status == 0 else {
            throw TmuxError.failed("tmux \(arguments.first ?? "") failed: \(result.stderr)")
        }
        return result.stdout
    }
}
