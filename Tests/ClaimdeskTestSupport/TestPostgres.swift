import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL 15 cluster for the tests: `initdb` into a temporary folder, a free port
/// on 127.0.0.1, trust authentication; started once per test process, stopped when it exits.
///
/// Run as root, the server runs as the `postgres` system user (PostgreSQL refuses root). Each test
/// project gets a schema of its own in the `postgres` database.
///
/// ```swift
/// let url = try TestPostgres.shared().projectURL()   // postgres://claimdesk@127.0.0.1:PORT/postgres?schema=t_…
/// ```
public final class TestPostgres: @unchecked Sendable {
    public let folder: String
    public let port: Int
    public let binaries: String

    private nonisolated(unsafe) static var cluster: Result<TestPostgres, Error>?
    private static let lock = NSLock()

    /// The cluster, started on first use.
    public static func shared() throws -> TestPostgres {
        lock.lock()
        defer { lock.unlock() }
        if cluster == nil {
            cluster = Result { try TestPostgres() }
            atexit { try? TestPostgres.cluster?.get().stop() }
        }
        return try cluster!.get()
    }

    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case command([String], String)
        public var description: String {
            switch self {
            case .missing(let what): "PostgreSQL is not installed (\(what)); run `bash .ci/setup` (Debian: apt-get install postgresql)"
            case .command(let arguments, let output): "\(arguments.joined(separator: " ")) failed: \(output)"
            }
        }
    }

    /// A cluster of the caller's own, for tests that stop the server or need passwords (the caller stops it).
    ///
    /// With a `password`, the `claimdesk` user needs it (scram-sha-256) instead of trust authentication.
    public static func startPrivate(password: String? = nil) throws -> TestPostgres { try TestPostgres(password: password) }

    private init(password: String? = nil) throws {
        guard let binaries = Self.findBinaries() else { throw Failure.missing("no /usr/lib/postgresql/*/bin/initdb") }
        self.binaries = binaries
        folder = NSTemporaryDirectory() + "claimdesk-pg-" + UUID().uuidString.prefix(8)
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if Self.isRoot { try Self.check(["chown", "postgres:postgres", folder]) }
        var authentication = ["-A", "trust"]
        if let password {
            let file = "\(folder)/password"
            try Data(password.utf8).write(to: URL(fileURLWithPath: file))
            if Self.isRoot { try Self.check(["chown", "postgres:postgres", file]) }
            authentication = ["-A", "scram-sha-256", "--pwfile=\(file)"]
        }
        try asServerUser(["\(binaries)/initdb", "-D", "\(folder)/data", "-U", "claimdesk", "-E", "UTF8", "--locale=C.UTF-8"] + authentication)
        try start()
    }

    /// A project URL with a schema of its own (`t_` and 24 hex digits unless given).
    public func projectURL(schema: String = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(24).lowercased()) -> String {
        "postgres://claimdesk@127.0.0.1:\(port)/postgres?schema=\(schema)"
    }

    /// A project URL whose project is called `name` (the schema), in a database of its own,
    /// so that exports and manifests name it exactly as a SQLite project `name` would be named.
    public func projectURL(named name: String) throws -> String {
        let database = "d_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(24).lowercased()
        try psql("CREATE DATABASE \(database)")
        return "postgres://claimdesk@127.0.0.1:\(port)/\(database)?schema=\(name)"
    }

    /// The server's URL without a schema (the `postgres` database's `public` schema).
    public var databaseURL: String { "postgres://claimdesk@127.0.0.1:\(port)/postgres" }

    public func start() throws {
        let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off"
        try asServerUser(["\(binaries)/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-o", options, "-w", "start"])
    }

    /// Stops the server at once (`immediate`: as if it were killed).
    public func stop(mode: String = "immediate") throws {
        try asServerUser(["\(binaries)/pg_ctl", "-D", "\(folder)/data", "-m", mode, "-w", "stop"])
    }

    /// Runs SQL through psql on the `postgres` database (for tests that look behind claimdesk's back).
    @discardableResult
    public func psql(_ sql: String, schema: String? = nil) throws -> String {
        let search = schema.map { "SET search_path TO \($0); " } ?? ""
        let result = try Subprocess.run(["\(binaries)/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                                         "-h", "127.0.0.1", "-p", "\(port)", "-U", "claimdesk", "-d", "postgres", "-c", search + sql])
        guard result.status == 0 else { throw Failure.command(["psql", sql], result.stderr) }
        return result.stdout
    }

    private func asServerUser(_ arguments: [String]) throws {
        try Self.check(Self.isRoot ? ["runuser", "-u", "postgres", "--"] + arguments : arguments)
    }

    private static var isRoot: Bool { geteuid() == 0 }

    private static func check(_ arguments: [String]) throws {
        let result = try Subprocess.run(arguments, in: "/", timeout: 60)
        guard result.status == 0 else { throw Failure.command(arguments, result.stdout + result.stderr) }
    }

    private static func findBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "\(root)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }

    /// A port the kernel hands out for 127.0.0.1 at this moment.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Failure.missing("no free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
