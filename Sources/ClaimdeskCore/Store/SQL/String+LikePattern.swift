/// Text as SQL sees it in `LIKE … ESCAPE '\'` and in `lower(…)`, the same in SQLite and PostgreSQL.
extension String {
    /// The text with `\`, `%` and `_` escaped for a `LIKE ? ESCAPE '\'` pattern.
    ///
    /// ```swift
    /// db.rows("SELECT … WHERE c.uid LIKE ? ESCAPE '\\'", [prefix.likeEscaped + "%"])
    /// ```
    var likeEscaped: String {
        replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Only `A`–`Z` lowered, as SQLite's `lower()` does (<https://sqlite.org/lang_corefunc.html#lower>).
    var asciiLowercased: String {
        String(String.UnicodeScalarView(unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }
}
