extension StringProtocol {
    /// The text with each line break (`\r\n`, `\n`, `\r`, U+2028, …) as one space, for output that
    /// must stay on one line; everything else, offsets' code points included, is kept.
    ///
    /// ```swift
    /// "Our success\r\ndepends".oneLine   // "Our success depends"
    /// ```
    public var oneLine: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
