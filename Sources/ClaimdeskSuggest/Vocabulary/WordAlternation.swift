/// A list of words as one regular-expression alternation factored by prefix, so that ICU, which tries the branches of
/// an alternation one by one, rules a word out after a letter or two instead of trying every word.
///
/// ```swift
/// WordAlternation.pattern(["said", "says", "told"])   // "(?=[st])(?:sa(?:id|ys)|told)"
/// ```
enum WordAlternation {
    private final class Node {
        var children: [(Character, Node)] = []
        var isWord = false

        func child(_ character: Character) -> Node {
            if let found = children.first(where: { $0.0 == character }) { return found.1 }
            let node = Node()
            children.append((character, node))
            return node
        }
    }

    /// Letters, digits, spaces and `.`, `-`, `’`, `'` are allowed in the words; `.` is escaped.
    static func pattern(_ words: some Sequence<String>) -> String {
        let root = Node()
        for word in Set(words) {
            var node = root
            for character in word { node = node.child(character) }
            node.isWord = true
        }
        return firstCharacterGuard(of: root) + "(?:" + branches(of: root) + ")"
    }

    /// `(?=[st])` before `(?:sa(?:id|ys)|told)`: ICU tries the branches of an alternation one by one, saving its whole state
    /// before each, so a position where no word can start is ruled out by one test instead of one attempt per branch.
    private static func firstCharacterGuard(of node: Node) -> String {
        "(?=[" + node.children.map { character, _ in
            character.isLetter || character.isNumber ? String(character) : "\\" + String(character)
        }.sorted().joined() + "])"
    }

    private static func branches(of node: Node) -> String {
        node.children.sorted { $0.0 < $1.0 }.map { character, child in
            let rest = child.children.isEmpty ? "" : child.children.count == 1 && !child.isWord
                ? branches(of: child) : "(?:" + branches(of: child) + ")" + (child.isWord ? "?" : "")
            return (character == "." ? "\\." : String(character)) + rest
        }.joined(separator: "|")
    }
}
