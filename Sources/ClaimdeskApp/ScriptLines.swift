/// The lines of a script's text, with `\n`, `\r\n` or `\r` line ends.
struct ScriptLines: Sequence {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func makeIterator() -> IndexingIterator<[String]> {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init).makeIterator()
    }
}

/// Lines read from standard input as they come (a pipe or a file), without a prompt.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? {
        guard var line = readLine(strippingNewline: true) else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
