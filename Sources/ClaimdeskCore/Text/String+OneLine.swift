extension StringProtocol {
    /// The text with each line break (`\r\n`, `\n`, `\r`, U+2028, …) as one space, for output that
    /// must stay on one line; everything else, offsets' code points included, is kept.
    ///
    /// ```swift
    /// "Our success\r\ndepends".oneLine   // "Our success depends"
    /// ```
    public var oneLine: String {
        // Most texts hold no line break: a scan of their scalars, instead of rebuilding them character by character.
        // (The scalars that make a `Character.isNewline`: U+000A…U+000D, U+0085, U+2028, U+2029.)
        guard unicodeScalars.contains(where: { (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value) }) else {
            return String(self)
        }
        return String(map { $0.isNewline ? " " : $0 })
    }
}
