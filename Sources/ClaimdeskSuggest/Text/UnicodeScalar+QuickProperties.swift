/// The character properties the rules ask about most, answered from the code point for ASCII (most of a news text) and
/// from the Unicode tables otherwise: the same answers as `properties`, without a table lookup per call.
///
/// ```swift
/// ("a" as Unicode.Scalar).isQuickAlphabetic        // true, no table lookup
/// ("\u{202F}" as Unicode.Scalar).isQuickWhitespace // true, from the tables
/// ```
extension Unicode.Scalar {
    /// `properties.isWhitespace`: tab to carriage return and space in ASCII.
    var isQuickWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `properties.isAlphabetic`: the ASCII letters.
    var isQuickAlphabetic: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value | 0x20) : properties.isAlphabetic
    }

    /// `properties.isUppercase`: `A` to `Z` in ASCII.
    var isQuickUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// `properties.isLowercase`: `a` to `z` in ASCII.
    var isQuickLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    /// `\d` in ICU: a decimal digit of any script (`Nd`); `0` to `9` in ASCII.
    var isDecimalDigit: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : properties.generalCategory == .decimalNumber
    }

    /// Whether ICU counts it a word character for `\b` (`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`): ASCII letters,
    /// digits and `_` in ASCII.
    var isQuickWordCharacter: Bool {
        if value < 0x80 { return isQuickAlphabetic || (0x30...0x39).contains(value) || value == 0x5F }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic || value == 0x200C || value == 0x200D
        }
    }
}
