import Foundation

/// Colours only on an interactive terminal, and never when `NO_COLOR` is set (https://no-color.org).
enum ColorPolicy {
    static func colorsWanted(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
