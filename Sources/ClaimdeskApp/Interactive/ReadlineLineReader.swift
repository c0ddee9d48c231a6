import CReadline
import Foundation

/// What reading a line gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line was cancelled.
    case interrupted
    /// Ctrl-D on an empty line.
    case endOfInput
}

/// Line editing with GNU readline: history (Ctrl-R), completion, Ctrl-C that cancels the line.
///
/// Every call into the C shim is in this file: the shim's `static` flag for Ctrl-C has one copy
/// per object file, and handler and reader must share it.
/// See https://tiswww.case.edu/php/chet/readline/readline.html#Alternate-Interface
final class ReadlineLineReader {
    /// The completer readline's C callback asks; set once by the REPL (readline itself is global).
    nonisolated(unsafe) static var completer: ((_ before: String, _ word: String, _ quoteOpen: Bool) -> Completion)?

    private let historyPath: String?
    private var lastRemembered: String?
    private static let historyLimit: Int32 = 5000

    init(historyPath: String?) {
        self.historyPath = historyPath
        cdk_configure_completion()
        cdk_set_attempted_completion { text, start, end in ReadlineLineReader.attemptCompletion(text, start, end) }
        cdk_install_interrupts()
        using_history()
        if let historyPath { _ = read_history(historyPath) }
    }

    func readLine(prompt: String) -> LineInput {
        var status: Int32 = 0
        guard let raw = cdk_read_line(prompt, &status) else {
            return status == 1 ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        let line = String(cString: raw)
        remember(line)
        return .line(line)
    }

    /// Whether Ctrl-C was pressed since the last call (used to cancel a running command).
    static func takeInterrupt() -> Bool {
        cdk_take_interrupt() != 0
    }

    /// Adds a line to the history and appends it to the history file (failures are ignored).
    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if line == lastRemembered { return }
        lastRemembered = line
        add_history(line)
        guard let historyPath else { return }
        if !FileManager.default.fileExists(atPath: historyPath) { _ = write_history(historyPath) } else { _ = append_history(1, historyPath) }
        _ = history_truncate_file(historyPath, ReadlineLineReader.historyLimit)
    }

    /// readline's attempted-completion callback: our candidates, or file names, never both.
    private static func attemptCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let word = text.map { String(cString: $0) } ?? ""
        let buffer = cdk_line_buffer().map { String(cString: $0) } ?? ""
        let quoteOpen = cdk_completion_quote() != 0
        // With a quote open, `start` is after the quote: leave the quote out of the words before.
        let before = String(decoding: Array(buffer.utf8).prefix(max(0, Int(start) - (quoteOpen ? 1 : 0))), as: UTF8.self)
        guard let completion = completer?(before, word, quoteOpen), case .words(let words) = completion else {
            cdk_completion_over(0)
            return nil
        }
        cdk_completion_over(1)
        return matches(Completer.quoted(words, quoteOpen: quoteOpen))
    }

    /// A malloc'd, NULL-terminated array as readline wants it: the common prefix, then the matches.
    private static func matches(_ words: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !words.isEmpty else { return nil }
        let lead = words.count == 1 ? words[0] : commonPrefix(words)
        let all = [lead] + (words.count == 1 ? [] : words)
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: all.count + 1)
        for (index, word) in all.enumerated() { array[index] = strdup(word) }
        array[all.count] = nil
        return array
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
