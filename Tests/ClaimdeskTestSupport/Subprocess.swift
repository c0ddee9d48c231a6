import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn`, its input and output in temporary files.
///
/// Foundation's `Process` notices a child's exit when a socket the child inherited is closed; a
/// program that leaves a daemon behind (`tmux new-session` starts the tmux server) hands that
/// socket to the daemon and `waitUntilExit()` never returns. Here the child inherits only its
/// three standard streams (`posix_spawn_file_actions_addclosefrom_np`) and is reaped with
/// `waitpid`, and a child still running after `timeout` seconds is killed and reported.
///
/// ```swift
/// let result = try Subprocess.run(["python3", "-c", "print(1)"])   // result.stdout == "1\n"
/// ```
public struct Subprocess: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, errno: Int32)
        case timedOut(String, seconds: Double)
        public var description: String {
            switch self {
            case .spawn(let program, let code): return "cannot start \(program): \(String(cString: strerror(code)))"
            case .timedOut(let program, let seconds): return "\(program) still running after \(seconds) s; killed"
            }
        }
    }

    /// Runs `arguments` (the program is looked up in `PATH`) in `folder`.
    public static func run(_ arguments: [String], in folder: String? = nil, stdin: String = "",
                    environment: [String: String]? = nil, timeout: Double = 120) throws -> Subprocess {
        let files = try TemporaryStreams(stdin: stdin)
        defer { files.remove() }
        let pid = try spawn(arguments, folder: folder, streams: files, environment: environment)
        let status = try wait(for: pid, program: arguments[0], timeout: timeout)
        return Subprocess(status: status, stdout: files.read(files.stdout), stderr: files.read(files.stderr))
    }

    private static func spawn(_ arguments: [String], folder: String?, streams: TemporaryStreams,
                              environment: [String: String]?) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, streams.stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, streams.stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, streams.stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        GNUSpawnActions.closeFrom(&actions, 3)
        if let folder { GNUSpawnActions.changeDirectory(&actions, folder) }
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let code = withCStrings(arguments) { argv in
            withCStrings(environment) { envp in posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) }
        }
        guard code == 0 else { throw Failure.spawn(arguments[0], errno: code) }
        return pid
    }

    private static func wait(for pid: pid_t, program: String, timeout: Double) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw Failure.timedOut(program, seconds: timeout)
            }
            usleep(2_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// glibc's `_np` spawn actions, which the Glibc module hides behind `_GNU_SOURCE`; looked up
/// with `dlsym` (glibc ≥ 2.34 has both).
private enum GNUSpawnActions {
    typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
    typealias CloseFrom = @convention(c) (Actions, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (Actions, UnsafePointer<CChar>) -> Int32

    static func closeFrom(_ actions: Actions, _ lowest: Int32) {
        _ = unsafeBitCast(symbol("posix_spawn_file_actions_addclosefrom_np"), to: CloseFrom.self)(actions, lowest)
    }

    static func changeDirectory(_ actions: Actions, _ folder: String) {
        _ = unsafeBitCast(symbol("posix_spawn_file_actions_addchdir_np"), to: ChangeDirectory.self)(actions, folder)
    }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            fatalError("\(name) is missing: the tests need glibc 2.34 or later")
        }
        return address
    }
}

/// The three files standing for a child's standard streams.
private struct TemporaryStreams {
    let stdin: String
    let stdout: String
    let stderr: String

    init(stdin text: String) throws {
        let stem = NSTemporaryDirectory() + "claimdesk-subprocess-" + UUID().uuidString
        (stdin, stdout, stderr) = (stem + ".in", stem + ".out", stem + ".err")
        try Data(text.utf8).write(to: URL(fileURLWithPath: stdin))
    }

    func read(_ file: String) -> String {
        String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
    }

    func remove() {
        for file in [stdin, stdout, stderr] { try? FileManager.default.removeItem(atPath: file) }
    }
}
