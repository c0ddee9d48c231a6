/// A run of capitalised words read as a name: what the name is, the titles before it, and whose name it is.
///
/// `Chinese President Xi Jinping` → `Xi Jinping` with titles `Chinese President`; `China’s National Development and Reform
/// Commission` → that commission (the possessive owner dropped); `The Red Cross`, `payments startup Clearpath` → organisations
/// (people take no article; a business noun names a business); `Bernie Sanders of Vermont` → `Bernie Sanders` (a person's
/// place is no part of the name); `U.S. National Oceanic and Atmospheric Administration` → the
/// administration without the country's initials; `In May` → nothing (no name is left once words that are not names are dropped).
struct NameReading {
    /// The name itself, without titles, article or possessive.
    let span: Span
    let name: String
    /// Titles and roles written before the name, if any.
    let titles: String?
    let isOrganisation: Bool
    /// Whether the name is an owner (`Varga’s deputy`).
    let isPossessive: Bool
    var isSingleWord: Bool { !name.contains(" ") }
    /// A state, country or city (`Lexicon.places`): no one a pronoun or a quote with no cue refers to.
    var isPlace: Bool { Lexicon.places.contains(name) }

    init?(_ wholeRun: Span, in text: ScalarText) {
        let run = Self.lastLine(of: wholeRun, text)
        var words = Self.words(in: run, text)
        var hasArticle = false
        if let ownerIndex = words.dropLast().lastIndex(where: { Self.isPossessive($0.word) }) { words.removeFirst(ownerIndex + 1) }
        while let first = words.first, Lexicon.notNames.contains(first.word) {
            hasArticle = hasArticle || first.word == "The"
            words.removeFirst()
        }
        // `Lee Wang of The Intercept`: after `of` a word that is no name (`The`) belongs to a person's place, dropped below.
        guard !words.isEmpty, !words.prefix(while: { $0.word != "of" }).contains(where: { Lexicon.notNames.contains($0.word) }) else { return nil }
        let titleEnd = words.dropLast().lastIndex { Lexicon.titles.contains(Self.withoutFullStop($0.word)) }.map { $0 + 1 } ?? 0
        let titleWords = words[..<titleEnd]
        var nameWords = words[titleEnd...]
        let wordBefore = text.slice(text.wordBefore(run.start))
        isOrganisation = hasArticle || wordBefore.lowercased() == "the" || Lexicon.businessNouns.contains(wordBefore)
            || nameWords.contains { Lexicon.organisationWords.contains($0.word) } || Self.isAcronym(nameWords.first!.word)
        if isOrganisation, nameWords.count > 2, nameWords.first!.word.contains(".") { nameWords.removeFirst() }
        if !isOrganisation, let of = nameWords.firstIndex(where: { $0.word == "of" }), of > nameWords.startIndex { nameWords = nameWords[..<of] }
        isPossessive = Self.isPossessive(nameWords.last!.word)
        span = Span(nameWords.first!.span.start, nameWords.last!.span.end - (isPossessive ? 2 : 0))
        name = text.slice(span)
        titles = titleWords.isEmpty ? Self.abbreviatedTitle(before: run, text) : titleWords.map { Self.withoutFullStop($0.word) }.joined(separator: " ")
    }

    /// A run that crosses a line break holds a headline's last words (`… Over Zika Virus⏎Chris Christie said`): the name
    /// is on the last line.
    private static func lastLine(of run: Span, _ text: ScalarText) -> Span {
        guard let lineBreak = (run.start..<run.end).last(where: { text.scalars[$0] == "\n" || text.scalars[$0] == "\r" }) else { return run }
        return Span(lineBreak + 1, run.end)
    }

    private static func words(in run: Span, _ text: ScalarText) -> [(word: String, span: Span)] {
        var words: [(String, Span)] = []
        var start: Int?
        for index in run.start...run.end {
            let isSpace = index == run.end || text.isWhitespace(at: index)
            if isSpace, let begin = start {
                words.append((text.slice(Span(begin, index)), Span(begin, index)))
                start = nil
            } else if !isSpace, start == nil {
                start = index
            }
        }
        return words
    }

    private static func withoutFullStop(_ word: String) -> String { word.hasSuffix(".") ? String(word.dropLast()) : word }

    private static func isPossessive(_ word: String) -> Bool { word.hasSuffix("’s") || word.hasSuffix("'s") }

    private static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// `Dr.` or `Mrs.` right before the run, which the name pattern leaves out for its full stop.
    private static func abbreviatedTitle(before run: Span, _ text: ScalarText) -> String? {
        let before = text.slice(Span(max(0, run.start - 6), run.start)).split(separator: " ").last.map(String.init) ?? ""
        guard before.hasSuffix("."), Lexicon.titles.contains(String(before.dropLast())) else { return nil }
        return String(before.dropLast())
    }
}
