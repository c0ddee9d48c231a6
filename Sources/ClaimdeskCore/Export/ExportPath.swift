/// A destination path split into its folder and name, by hand: Foundation's
/// `NSString.deletingLastPathComponent` traps on a one-character path such as `--out x`.
///
/// ```swift
/// ExportPath("exports/sample/claims.jsonl").folder   // "exports/sample"
/// ExportPath("x").folder                             // "."
/// ExportPath("x").temporary                          // "./.x.<UUID>.tmp"
/// ```
struct ExportPath {
    /// The folder holding the destination (`.` for a bare name, `/` at the root).
    let folder: String
    /// The last path component.
    let name: String

    init(_ path: String) {
        let slash = path.lastIndex(of: "/")
        folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// A hidden name beside the destination, unique to this write: `FOLDER/.NAME.UUID.tmp`.
    func temporary(_ unique: String) -> String {
        (folder == "/" ? "" : folder) + "/." + name + "." + unique + ".tmp"
    }
}
