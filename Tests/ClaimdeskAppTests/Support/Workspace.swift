import Foundation
import GRDB

/// A temporary folder standing for a user's checkout: `projects/`, `exports/`, input files.
final class Workspace {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "claimdesk-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs `claimdesk` here.
    func claimdesk(_ arguments: String..., stdin: String = "", environment: [String: String] = [:]) throws -> ClaimdeskRun {
        try ClaimdeskRun.run(arguments, in: path, stdin: stdin, environment: environment)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)) }

    /// Copies a folder of the repository (e.g. the sample project) into the workspace.
    func copyFromRepository(_ relative: String) throws {
        let destination = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.path(relative), toPath: destination)
    }

    /// Row counts and a checksum of every table of a project: equal fingerprints, unchanged project.
    func fingerprint(project: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path + "/projects/\(project)/project.sqlite", configuration: readOnly)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"")
                return "\(table):\(rows.count):\(rows.map(\.description).joined().hashValue)"
            }
        }
    }

    func integrityCheck(project: String) throws -> String? {
        try DatabaseQueue(path: path + "/projects/\(project)/project.sqlite", configuration: readOnly).read { db in
            try String.fetchOne(db, sql: "PRAGMA integrity_check")
        }
    }

    private var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }
}
