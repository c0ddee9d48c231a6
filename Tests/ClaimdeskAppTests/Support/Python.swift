import Foundation

/// Runs Python 3 checks the way a researcher loads a dataset: the standard `json` and `csv`
/// modules, and `jsonschema` where it is installed.
///
/// ```swift
/// let output = try Python.run("import json; print(1)", in: workspace.path)   // "1\n" (stderr appended)
/// ```
enum Python {
    static func run(_ script: String, in folder: String) throws -> String {
        let result = try Subprocess.run(["python3", "-c", script], in: folder)
        return result.stdout + result.stderr
    }

    /// Whether `import NAME` works (e.g. `jsonschema`, which `.ci/setup` installs).
    static func hasModule(_ name: String) -> Bool {
        (try? run("import \(name); print('ok')", in: NSTemporaryDirectory())) == "ok\n"
    }
}
