import Foundation

/// Wraps a line to a display width at spaces, never inside a word, with a hanging indent.
///
/// The indent is the width of a leading `[12] ` paragraph number, of a first column followed by
/// two or more spaces (`help`'s `  revise    import a…`), or of leading spaces, so wrapped
/// paragraphs and tables stay readable. Width counts East Asian wide characters as 2, combining
/// marks and ANSI colour codes as 0. A word longer than the line is split between characters.
///
/// ```swift
/// LineWrapper.wrap("[3] Zhou said, “Our success depends on policy.”", width: 24)
/// // ["[3] Zhou said, “Our", "    success depends on", "    policy.”"]
/// ```
enum LineWrapper {
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 10, displayWidth(line) > width else { return [line] }
        let indent = String(repeating: " ", count: hangingIndent(of: line))
        var lines: [String] = []
        var current: String?
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            guard let text = current else { current = word; continue }
            let candidate = text + " " + word
            if displayWidth(candidate) <= width || text.allSatisfy({ $0 == " " }) {
                current = candidate
            } else {
                lines.append(text)
                current = indent + word
            }
        }
        lines.append(current ?? "")
        return lines.flatMap { splitLong($0, width: width, indent: indent) }
    }

    private static func hangingIndent(of line: String) -> Int {
        if line.hasPrefix("["), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(" ") {
            return line.distance(from: line.startIndex, to: close) + 2
        }
        if let column = line.prefixMatch(of: /^ *\S+ {2,}/), column.output.count <= 24 {
            return column.output.count
        }
        return min(8, line.prefix { $0 == " " }.count)
    }

    /// Breaks a line still wider than `width` (one very long word) between characters.
    private static func splitLong(_ line: String, width: Int, indent: String) -> [String] {
        guard displayWidth(line) > width else { return [line] }
        var pieces: [String] = []
        var current = ""
        for character in line {
            if displayWidth(current + String(character)) > width {
                pieces.append(current)
                current = indent
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces
    }

    /// Columns a string takes on screen: one or two per grapheme (a ZWJ family, a flag or a
    /// skin-toned emoji is one wide glyph), none for escape sequences.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for character in text {
            if inEscape { if character == "m" { inEscape = false }; continue }
            if character == "\u{1B}" { inEscape = true; continue }
            width += columns(of: character)
        }
        return width
    }

    private static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        let emoji = first.properties.isEmojiPresentation || scalars.contains("\u{FE0F}")
        return emoji || isWide(first) ? 2 : 1
    }

    /// East Asian wide and fullwidth ranges (Hangul, CJK, fullwidth forms, pictographs).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
    }
}
