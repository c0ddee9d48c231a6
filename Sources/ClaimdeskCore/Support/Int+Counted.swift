extension Int {
    /// The number with its noun, singular for one: `1.counted("claim")` is `1 claim`, `0.counted("claim")` is
    /// `0 claims`, `3.counted("code point")` is `3 code points`.
    ///
    /// ```swift
    /// context.print("\(claims.count.counted("claim")) left out")
    /// ```
    func counted(_ noun: String) -> String {
        "\(self) \(noun)\(self == 1 ? "" : "s")"
    }
}
