import Foundation

/// A large SQL script written in buffered chunks, so a million claims' statements never sit in memory at once.
struct ScriptFile {
    let path: String
    private let handle: FileHandle
    private var buffer = ""
    private(set) var bytes = 0

    init(path: String) throws {
        self.path = path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    /// Appends `sql` and a line end.
    mutating func line(_ sql: String) throws {
        buffer += sql
        buffer += "\n"
        if buffer.utf8.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered and closes the file.
    mutating func close() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        let data = Data(buffer.utf8)
        try handle.write(contentsOf: data)
        bytes += data.count
        buffer.removeAll(keepingCapacity: true)
    }
}
