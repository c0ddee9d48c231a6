/// The tables' CHECK constraints, checked by one query per table instead of inside `PRAGMA quick_check`.
///
/// SQLite 3.40's check rebuilds the lookup table behind each `IN ('…', …)` list for every row it checks (4.3 of the
/// 6.2 s of CPU `quick_check` takes at a million claims); a query builds each list once (1.1 s). The expressions are
/// read from the schema as SQLite stores it, so every constraint of every table is checked, as the pragma would.
///
/// ```swift
/// SQLiteCheckConstraints.expressions(in: "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y')))")   // ["a IN ('x', 'y')"]
/// ```
enum SQLiteCheckConstraints {
    /// `CHECK constraint failed in TABLE` (SQLite's words) for the first table with a row that breaks one, or nil.
    static func problem(_ db: any SQLDatabase) throws -> String? {
        for table in try db.rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL ORDER BY name") {
            let name: String = table[0]
            let checks = expressions(in: table[1])
            guard !checks.isEmpty else { continue }
            let condition = checks.map { "NOT (\($0))" }.joined(separator: " OR ")
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let broken: Int? = try db.value("SELECT 1 FROM \(quoted) WHERE \(condition) LIMIT 1")
            if broken != nil { return "CHECK constraint failed in \(name)" }
        }
        return nil
    }

    /// The expression inside each `CHECK (…)` of a `CREATE TABLE` statement (quoted text and names passed over).
    static func expressions(in sql: String) -> [String] {
        let characters = Array(sql.unicodeScalars)
        var expressions: [String] = []
        var index = 0
        while index < characters.count {
            if let end = quotedEnd(characters, at: index) {
                index = end
            } else if isKeyword(characters, at: index), let open = characters[(index + 5)...].firstIndex(where: { !$0.properties.isWhitespace }),
                      characters[open] == "(", let close = closingParenthesis(characters, after: open) {
                var expression = String.UnicodeScalarView()
                expression.append(contentsOf: characters[(open + 1)..<close])
                expressions.append(String(expression))
                index = close + 1
            } else {
                index += 1
            }
        }
        return expressions
    }

    /// Whether the word `CHECK` (any case, not part of a longer name) starts at `index`.
    private static func isKeyword(_ characters: [Unicode.Scalar], at index: Int) -> Bool {
        func isNamePart(_ position: Int) -> Bool {
            characters.indices.contains(position) && (characters[position].properties.isAlphabetic || characters[position] == "_" || ("0"..."9").contains(characters[position]))
        }
        guard index + 5 <= characters.count, String(String.UnicodeScalarView(characters[index..<(index + 5)])).uppercased() == "CHECK" else { return false }
        return !isNamePart(index - 1) && !isNamePart(index + 5)
    }

    /// Where the `)` that closes the `(` at `open` is, quoted text and names passed over.
    private static func closingParenthesis(_ characters: [Unicode.Scalar], after open: Int) -> Int? {
        var (depth, index) = (0, open)
        while index < characters.count {
            if let end = quotedEnd(characters, at: index) {
                index = end
                continue
            }
            switch characters[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Past the quoted text or name (`'…'`, `"…"`, `` `…` ``, `[…]`; a doubled quote stays inside) starting at `index`, or nil.
    private static func quotedEnd(_ characters: [Unicode.Scalar], at index: Int) -> Int? {
        let closing: Unicode.Scalar
        switch characters[index] {
        case "'", "\"", "`": closing = characters[index]
        case "[": closing = "]"
        default: return nil
        }
        var position = index + 1
        while position < characters.count {
            if characters[position] == closing {
                guard closing != "]", position + 1 < characters.count, characters[position + 1] == closing else { return position + 1 }
                position += 2
            } else {
                position += 1
            }
        }
        return characters.count
    }
}
