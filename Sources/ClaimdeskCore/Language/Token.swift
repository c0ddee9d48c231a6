/// One word of a command line after shell-style splitting.
///
/// `quoted` records whether any part of the word was quoted or escaped, so
/// `claim 12..40` (a range) and `claim "12..40"` (the text "12..40") differ.
public struct Token: Equatable, Sendable {
    public var text: String
    public var quoted: Bool
    /// The position of the word's first character in the line, in characters.
    public var column: Int

    public init(_ text: String, quoted: Bool = false, column: Int = 0) {
        self.text = text
        self.quoted = quoted
        self.column = column
    }
}
