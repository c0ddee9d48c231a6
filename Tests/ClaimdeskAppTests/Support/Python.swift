import Foundation

/// Runs Python 3 checks the way a researcher loads a dataset: the standard `json` and `csv`
/// modules, and `jsonschema` where it is installed.
///
/// ```swift
/// let output = try Python.run("import json; print(1)", in: workspace.path)   // "1\n" (stderr appended)
/// ```
enum Python {
    static func run(_ script: String, in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output + errors
    }

    /// Whether `import NAME` works (e.g. `jsonschema`, which `.ci/setup` installs).
    static func hasModule(_ name: String) -> Bool {
        (try? run("import \(name); print('ok')", in: NSTemporaryDirectory())) == "ok\n"
    }
}
