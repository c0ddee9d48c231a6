/// Turns claimdesk's `?` placeholders into PostgreSQL's `$1, $2, …`, leaving quoted text alone.
///
/// ```swift
/// Placeholders.numbered("SELECT '?', \"a?\" FROM t WHERE x = ? AND y = ?")
/// // "SELECT '?', \"a?\" FROM t WHERE x = $1 AND y = $2"
/// ```
enum Placeholders {
    static func numbered(_ sql: String) -> String {
        var output = ""
        var count = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                output.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                output.append(character)
            } else if character == "?" {
                count += 1
                output += "$\(count)"
            } else {
                output.append(character)
            }
        }
        return output
    }
}
