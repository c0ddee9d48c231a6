import Foundation

/// The machine and tools the figures were measured with.
struct Machine {
    let cores: Int
    let cpu: String
    let memory: String
    let system: String
    let sqlite: String
    let swift: String

    /// Reads /proc, /etc/os-release and the tools' `--version`.
    static func describe(sqlite3: String) -> Machine {
        Machine(cores: ProcessInfo.processInfo.activeProcessorCount,
                cpu: field("model name", in: "/proc/cpuinfo") ?? "unknown CPU",
                memory: field("MemTotal", in: "/proc/meminfo").map(gibibytes) ?? "unknown",
                system: field("PRETTY_NAME", in: "/etc/os-release", separator: "=")?.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) ?? "Linux",
                sqlite: firstLine(of: sqlite3, ["--version"]).split(separator: " ").prefix(2).joined(separator: " "),
                swift: firstLine(of: "/usr/bin/env", ["swift", "--version"]))
    }

    /// The one-minute load average (`/proc/loadavg`): above the core count, processes wait for a core.
    static func load() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").first.map(String.init) ?? "?"
    }

    /// The first `key: value` (or `key=value`) line's value in a file.
    private static func field(_ key: String, in path: String, separator: Character = ":") -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix(key) }
        return line?.split(separator: separator, maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
    }

    /// `24.0 GiB` from `/proc/meminfo`'s `25165824 kB`.
    private static func gibibytes(_ kilobytes: String) -> String {
        String(format: "%.1f GiB", (Double(kilobytes.split(separator: " ").first ?? "") ?? 0) / 1_048_576)
    }

    /// The first line a tool prints, or "unknown" when it cannot run.
    private static func firstLine(of executable: String, _ arguments: [String]) -> String {
        guard let result = try? ToolOutput.run(executable, arguments, errors: .nullDevice) else { return "unknown" }
        return result.text.split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}
