/// What a quotation looks like: a sentence someone said, a scare-quoted phrase, or a title.
extension QuoteSegment {
    func wordCount(in text: ScalarText) -> Int {
        text.wordCount(in: inner)
    }

    /// Whether only white space comes between the start of its line and its opening mark.
    func opensLine(in text: ScalarText) -> Bool {
        var index = outer.start - 1
        while index >= 0, text.scalars[index] != "\n", text.isWhitespace(at: index) { index -= 1 }
        return index < 0 || text.scalars[index] == "\n"
    }

    /// Long enough, or shaped like a sentence (a capital first, closing punctuation last), to be someone's words
    /// without a cue of its own: `“Today we are done asking.”` is, `“reckless”` is not.
    func isSubstantive(in text: ScalarText) -> Bool {
        let words = wordCount(in: text)
        guard words < 6 else { return true }
        let first = text.scalars[inner.start], last = text.scalars[inner.end - 1]
        return words >= 2 && first.properties.isUppercase && (Lexicon.sentenceEnds.contains(last) || last == ",")
    }

    /// A title rather than speech: introduced by "titled", "called", "entitled" …, or a short run of words
    /// that are all capitalised but short ones, at least half of them (`“Holding the Line,”`, `"Ports in Transition."`;
    /// not `“It is not new in Virginia,”`).
    func isTitle(in text: ScalarText, paragraph: Paragraph) -> Bool {
        let before = text.slice(Span(max(paragraph.span.start, outer.start - 12), outer.start)).lowercased()
        let introducer = ["titled", "entitled", "called", "named", "headlined", "dubbed"]
        if introducer.contains(where: { before.hasSuffix($0 + " ") || before.hasSuffix($0 + ", ") }) { return true }
        // Split no further than a ninth word (the rest in one piece, white space only when nothing follows): a longer
        // quotation is no title, and most quotations are longer.
        let pieces = text.slice(inner).split(maxSplits: 8, whereSeparator: \.isWhitespace)
        guard pieces.count <= 8 || pieces[8].allSatisfy(\.isWhitespace) else { return false }
        var words = pieces.prefix(8).map(String.init)
        if let last = words.last { words[words.count - 1] = String(last.trimmingSuffix(while: { ".,!?".contains($0) })) }
        let inside = words.joined(separator: " ")
        let capitals = words.filter { $0.first?.isUppercase == true }.count
        let capitalised = words.allSatisfy { $0.count < 4 || $0.first?.isUppercase == true } && capitals * 2 >= words.count
        return (2...8).contains(words.count) && capitalised && !inside.contains(where: { ".!?,;:".contains($0) })
    }
}

extension QuoteSegment {
    /// Most of its words of four letters or more capitalised, as in a book's or a show's title:
    /// `“TrumpNation: The Art of Being the Donald,”`; not `“We gotta take on Wall Street.”`.
    func isCapitalisedLikeATitle(in text: ScalarText) -> Bool {
        let long = text.slice(inner).split(whereSeparator: \.isWhitespace).filter { $0.count >= 4 }
        return !long.isEmpty && long.filter { $0.first?.isUppercase == true }.count * 5 >= long.count * 3
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var result = self[...]
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return result
    }
}
