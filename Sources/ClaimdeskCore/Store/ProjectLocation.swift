import Foundation

/// Where a project lives: `projects/NAME/` under the workspace, or any folder given by path.
///
/// ```swift
/// let here = try ProjectLocation(argument: "demo")            // ./projects/demo
/// let there = try ProjectLocation(argument: "/data/desk/p1")  // /data/desk/p1
/// here.databasePath   // ./projects/demo/project.sqlite
/// ```
public struct ProjectLocation: Sendable, Equatable {
    /// The project's name: the folder's last path component.
    public let name: String
    /// The project folder.
    public let folder: String
    /// The workspace whose `exports/` folder receives exports by default.
    public let workspace: String

    /// The project that `claimdesk` opens when no `--project` is given.
    public static let defaultName = "sample"

    /// The database file inside a project folder.
    public static let databaseFileName = "project.sqlite"

    /// Resolves a `--project` argument: a NAME, or a path when it contains a `/`.
    ///
    /// The workspace is `$CLAIMDESK_HOME` when set, else the current directory.
    public init(argument: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ClaimdeskError) {
        let workspace = environment["CLAIMDESK_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.currentDirectoryPath
        if argument.contains("/") {
            let folder = URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: workspace, isDirectory: true))
                .standardizedFileURL.path
            self.init(name: (folder as NSString).lastPathComponent, folder: folder, workspace: workspace)
        } else {
            try ProjectLocation.validate(name: argument)
            self.init(name: argument, folder: "\(workspace)/projects/\(argument)", workspace: workspace)
        }
    }

    public init(name: String, folder: String, workspace: String) {
        self.name = name
        self.folder = folder
        self.workspace = workspace
    }

    public var databasePath: String { "\(folder)/\(ProjectLocation.databaseFileName)" }

    /// The default export folder: `exports/NAME/` in the workspace.
    public var exportFolder: String { "\(workspace)/exports/\(name)" }

    private static func validate(name: String) throws(ClaimdeskError) {
        let allowed = name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
        guard !name.isEmpty, allowed, !name.hasPrefix(".") else {
            throw .badInput("'\(name)' is not a project name; use letters, digits, - _ . (or a path containing /)")
        }
    }
}
