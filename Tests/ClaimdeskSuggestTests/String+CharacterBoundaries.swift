extension String {
    /// The code point offsets where a character starts, and the end: where a span may start or end without splitting one.
    ///
    /// ```swift
    /// "e\u{301}!".characterBoundaries   // [0, 2, 3]
    /// ```
    var characterBoundaries: Set<Int> {
        var boundaries: Set<Int> = [unicodeScalars.count]
        var offset = 0
        for character in self {
            boundaries.insert(offset)
            offset += character.unicodeScalars.count
        }
        return boundaries
    }
}
