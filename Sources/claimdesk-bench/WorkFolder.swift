import ClaimdeskCore
import Foundation

/// The benchmark's work folder and what goes in it: documents, the two projects, scripts, exports.
///
/// A marker file shows the folder was made here; a folder without it that holds anything is refused,
/// so `--out` never wipes someone's files.
struct WorkFolder {
    let root: String
    /// The project claimdesk writes and both sides read: `ROOT/project`, or a project made before (`--only bulk`).
    let project: String
    var documents: String { root + "/docs" }
    /// The project the sqlite3 shell writes.
    var reference: String { root + "/reference" }
    var scripts: String { root + "/scripts" }
    var exports: String { root + "/exports" }
    private var marker: String { root + "/.claimdesk-bench" }

    /// Empties the folder (after checking it is the benchmark's) and lays out its subfolders; `project`
    /// names a project made before, outside the folder, to read instead of `ROOT/project`.
    static func prepare(_ root: String, project: String? = nil) throws -> WorkFolder {
        if let project, (project + "/").hasPrefix(root + "/") {
            throw BenchError.usage("--project \(project) lies inside --out \(root), which the benchmark empties; copy it elsewhere or give another --out")
        }
        let folder = WorkFolder(root: root, project: project ?? root + "/project")
        let manager = FileManager.default
        let contents = (try? manager.contentsOfDirectory(atPath: root)) ?? []
        guard contents.isEmpty || manager.fileExists(atPath: folder.marker) else { throw BenchError.foreignFolder(root) }
        for item in contents { try manager.removeItem(atPath: root + "/" + item) }
        for path in [folder.documents, folder.scripts, folder.exports] { try manager.createDirectory(atPath: path, withIntermediateDirectories: true) }
        _ = manager.createFile(atPath: folder.marker, contents: Data("made by claimdesk-bench\n".utf8))
        return folder
    }

    /// A fresh claimdesk project at `path` (created with its schema, in WAL mode).
    static func openProject(_ path: String) throws -> ProjectStore {
        try ProjectStore.open(ProjectLocation(name: (path as NSString).lastPathComponent, folder: path, workspace: (path as NSString).deletingLastPathComponent))
    }

    /// The database file of a project folder.
    static func database(_ project: String) -> String {
        project + "/" + ProjectLocation.databaseFileName
    }
}
