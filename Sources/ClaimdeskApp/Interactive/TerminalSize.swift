import Foundation

/// The terminal's size, from the kernel (TIOCGWINSZ), else `COLUMNS`/`LINES`, else 80×24.
struct TerminalSize {
    let columns: Int
    let rows: Int

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalSize {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
        }
        return TerminalSize(columns: environment["COLUMNS"].flatMap(Int.init) ?? 80, rows: environment["LINES"].flatMap(Int.init) ?? 24)
    }
}
