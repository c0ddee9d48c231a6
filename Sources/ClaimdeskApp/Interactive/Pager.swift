import Foundation

/// Shows text through `$PAGER` (default `less -R`, which keeps colours).
///
/// The pager is started with `popen(3)`, so it stays in the terminal's foreground process group
/// and can read keys from it (a child in a new group, as `Process` makes, would be stopped).
enum Pager {
    /// Returns false when no pager could be started (the caller prints the text itself).
    ///
    /// Quitting the pager before the end is normal: the rest of the text fails to write with
    /// `EPIPE` (the REPL ignores `SIGPIPE`) and is dropped. A command the shell cannot run
    /// exits 126 or 127, and then the text is printed instead.
    static func show(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        guard let pipe = popen(command, "w") else { return false }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, pipe) }
        let status = pclose(pipe)
        let exited = status & 0x7f == 0
        return !(exited && [126, 127].contains((status >> 8) & 0xff))
    }
}
