import ClaimdeskCore
import Foundation

/// Output for the REPL: a command's lines are wrapped to the terminal width and,
/// when they do not fit on the screen, shown through `$PAGER` (default `less -R`).
final class TerminalOutput: FlushingOutput {
    let colors: Bool
    private var lines: [String] = []

    init(colors: Bool) {
        self.colors = colors
    }

    func line(_ text: String) { lines.append(text) }

    /// Prints a line at once (banners, the newline after Ctrl-D).
    func note(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func flush() {
        guard !lines.isEmpty else { return }
        let size = TerminalSize.current()
        let wrapped = lines.flatMap { LineWrapper.wrap($0, width: size.columns) }
        lines.removeAll()
        let text = wrapped.map { $0 + "\n" }.joined()
        if wrapped.count < size.rows || isatty(STDOUT_FILENO) != 1 || !Pager.show(text) {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
