/// Quotes words for a POSIX shell, so the report's commands can be pasted as they are.
enum ShellWords {
    /// The word as is when it is plain, else in single quotes.
    static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { $0.isASCII && (safe.contains($0) || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    private static let safe = Set("-_./=:,+@%".unicodeScalars)
}
