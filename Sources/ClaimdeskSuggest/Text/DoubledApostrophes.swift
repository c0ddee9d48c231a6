/// Two apostrophes used as a double quotation mark, as some newspapers print quotes: `''A nurse on the island is on call all
/// week,'' said Mr. Brown.`
///
/// The rules read such a text as if it had curly quotes, with the same number of code points: an opening `''` (after a
/// space, an opening bracket or dash, or at the start, before a word) reads as ` “`, a closing one as `” `. Of three closing
/// apostrophes (`''… 'old-school,''' said`) the first closes a single quote inside, the last two the quotation.
/// ```swift
/// DoubledApostrophes.asCurlyQuotes(Array("''Out!'' he said".unicodeScalars))   //  “Out!”  he said (a space before “, two after ”)
/// ```
enum DoubledApostrophes {
    static func asCurlyQuotes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "'", scalars[index + 1] == "'" else {
                index += 1
                continue
            }
            let before = index == 0 ? " " : scalars[index - 1]
            let after = index + 2 < scalars.count ? scalars[index + 2] : " "
            let opens = (before.properties.isWhitespace || "([—–-\"“".unicodeScalars.contains(before)) && !after.properties.isWhitespace
            if !opens, after == "'" {
                index += 1
                continue
            }
            result[index] = opens ? " " : "”"
            result[index + 1] = opens ? "“" : " "
            index += 2
        }
        return result
    }

    /// A span's start at a quotation's opening mark, before both apostrophes when the mark is an opening `''` (read as ` “`,
    /// whose first apostrophe stands where the space is): `''is a perfect example'' to golf` keeps its first apostrophe.
    static func openingStart(_ start: Int, in text: ScalarText) -> Int {
        start > 0 && text.slice(Span(start - 1, start + 1)) == "''" ? start - 1 : start
    }

    /// A span's end at a quotation's closing mark, past both apostrophes when the mark is a closing `''` (read as `” `,
    /// whose second apostrophe stands where the space is).
    static func closingEnd(_ end: Int, in text: ScalarText) -> Int {
        end < text.count && text.slice(Span(end - 1, end + 1)) == "''" ? end + 1 : end
    }
}
