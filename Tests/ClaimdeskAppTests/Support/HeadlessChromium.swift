import Foundation

/// Debian's `chromium`, run headless on a report page: `--dump-dom` prints the page's DOM after
/// its scripts ran, so a test sees what a reader's browser builds (filters applied, panel filled).
///
/// As root the sandbox cannot start, hence `--no-sandbox`; the child goes through ``Subprocess``
/// (Chromium leaves helper processes behind, which would hang Foundation's `Process`).
///
/// ```swift
/// let dom = try HeadlessChromium.dumpDOM("/tmp/room/doc-1.html", fragment: "select=3")
/// ```
enum HeadlessChromium {
    /// The browser's path, or nil when none is installed (`bash .ci/setup` installs `chromium`).
    static let path: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(locate).first

    static var isAvailable: Bool { path != nil }

    /// The DOM of a local page after load, as HTML.
    static func dumpDOM(_ file: String, fragment: String = "") throws -> String {
        let url = URL(fileURLWithPath: file).absoluteString + (fragment.isEmpty ? "" : "#" + fragment)
        let result = try run(["--dump-dom", url])
        guard result.status == 0, result.stdout.contains("</html>") else {
            throw Failure(message: "chromium --dump-dom \(url) exited \(result.status): \(result.stderr.suffix(600))")
        }
        return result.stdout
    }

    /// A PNG of a local page at the given window size.
    static func screenshot(_ file: String, fragment: String = "", to png: String, width: Int, height: Int) throws {
        let url = URL(fileURLWithPath: file).absoluteString + (fragment.isEmpty ? "" : "#" + fragment)
        let result = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png)", url])
        guard result.status == 0, FileManager.default.fileExists(atPath: png) else {
            throw Failure(message: "chromium --screenshot \(url) exited \(result.status): \(result.stderr.suffix(600))")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static func run(_ arguments: [String]) throws -> Subprocess {
        let profile = NSTemporaryDirectory() + "claimdesk-chromium-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: profile) }
        return try Subprocess.run([path!, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                                   "--user-data-dir=" + profile] + arguments, timeout: 90)
    }

    private static func locate(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
