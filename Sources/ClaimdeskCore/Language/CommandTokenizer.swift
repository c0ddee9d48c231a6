/// Splits a command line into words the way a POSIX shell does.
///
/// Double quotes group words and honour `\"`, `\\`, `\$` and `` \` `` inside;
/// single quotes take everything literally; outside quotes a backslash
/// escapes the next character; `#` at the start of a word starts a comment, unless a digit
/// follows it (`claim #2` names hit 2 of the last `find`, `search` or `similar`).
///
/// ```swift
/// try CommandTokenizer.split(#"claim "Xi said" --status refuted # ok"#).map(\.text)
/// // ["claim", "Xi said", "--status", "refuted"]
/// ```
public enum CommandTokenizer {
    public static func split(_ line: String) throws(ClaimdeskError) -> [Token] {
        var state = State()
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            try state.consume(character, next: index + 1 < characters.count ? characters[index + 1] : nil)
        }
        return try state.finish()
    }

    private enum Quote { case none, single, double }

    private struct State {
        var tokens: [Token] = []
        var word = ""
        var inWord = false
        var quoted = false
        var quote = Quote.none
        var escaping = false
        var inComment = false
        var column = 0
        var wordColumn = 0
        var quoteColumn = 0

        mutating func consume(_ character: Character, next: Character?) throws(ClaimdeskError) {
            defer { column += 1 }
            if inComment { return }
            if escaping {
                escaping = false
                appendEscaped(character)
                return
            }
            switch quote {
            case .single: consumeSingleQuoted(character)
            case .double: consumeDoubleQuoted(character)
            case .none: consumeUnquoted(character, next: next)
            }
        }

        mutating func appendEscaped(_ character: Character) {
            if quote == .double && !"\"\\$`".contains(character) { word.append("\\") }
            word.append(character)
        }

        mutating func consumeSingleQuoted(_ character: Character) {
            if character == "'" { quote = .none } else { word.append(character) }
        }

        mutating func consumeDoubleQuoted(_ character: Character) {
            switch character {
            case "\"": quote = .none
            case "\\": escaping = true
            default: word.append(character)
            }
        }

        mutating func consumeUnquoted(_ character: Character, next: Character?) {
            switch character {
            case _ where character.isWhitespace: endWord()
            case "#" where !inWord && !(next?.isASCII == true && next?.isNumber == true): inComment = true
            case "\\": startWord(); quoted = true; escaping = true
            case "'", "\"":
                startWord()
                quoted = true
                quote = character == "'" ? .single : .double
                quoteColumn = column
            default: startWord(); word.append(character)
            }
        }

        mutating func startWord() {
            if !inWord { inWord = true; wordColumn = column }
        }

        mutating func endWord() {
            guard inWord else { return }
            tokens.append(Token(word, quoted: quoted, column: wordColumn))
            word = ""
            inWord = false
            quoted = false
        }

        mutating func finish() throws(ClaimdeskError) -> [Token] {
            if escaping && quote == .none {
                throw .badInput("the line ends with a lone backslash; remove it or write \\\\ for a backslash")
            }
            switch quote {
            case .double, .single:
                let mark = quote == .double ? "\"" : "'"
                throw .badInput("unterminated \(mark) quote starting at column \(quoteColumn + 1); close it with \(mark)")
            case .none:
                endWord()
                return tokens
            }
        }
    }
}
