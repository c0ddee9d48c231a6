import ClaimdeskText
import Foundation

/// The text as an array of code points, with regular-expression search that reports code point spans.
///
/// `NSRegularExpression` works in UTF-16 units; this keeps a map both ways so every offset the
/// rules produce is a code point offset (a Python `str` index), whatever the text holds:
/// CRLF, U+202F, emoji, combining marks.
/// Doubled apostrophes used as quotation marks (`''…''`) are read as curly quotes (`DoubledApostrophes`); slices are
/// always the text as given.
struct ScalarText {
    /// What the regular expressions search: the text with doubled apostrophes read as curly quotes.
    let string: String
    /// The code points the rules read (doubled apostrophes as curly quotes).
    let scalars: [Unicode.Scalar]
    /// The code points as given, for slices.
    private let given: [Unicode.Scalar]
    /// `scalarOffset[u]`: the code point at UTF-16 offset `u`.
    private let scalarOffset: [Int]
    /// `utf16Offset[c]`: the UTF-16 offset of code point `c`.
    private let utf16Offset: [Int]
    /// `isGraphemeStart[c]`: whether a user-perceived character starts at code point `c` (true at the end too).
    private let isGraphemeStart: [Bool]
    private let firstMatches = FirstMatchMemo()

    init(_ string: String) {
        given = Array(string.unicodeScalars)
        scalars = DoubledApostrophes.asCurlyQuotes(given)
        self.string = scalars == given ? string : Self.string(of: scalars[...])
        var toScalar: [Int] = []
        var toUTF16: [Int] = []
        toScalar.reserveCapacity(scalars.count + 1)
        toUTF16.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            toUTF16.append(toScalar.count)
            toScalar.append(index)
            if scalar.value > 0xFFFF { toScalar.append(index) }
        }
        toScalar.append(scalars.count)
        toUTF16.append(toScalar.count - 1)
        scalarOffset = toScalar
        utf16Offset = toUTF16
        isGraphemeStart = GraphemeBoundaries.of(scalars)
    }

    /// A string of code points, built through UTF-8 (appending to a `String.UnicodeScalarView` one by one is slow).
    private static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[offset] = unit
                    offset += 1
                }
            }
            return offset
        }
    }

    var count: Int { scalars.count }
    var whole: Span { Span(0, count) }

    func slice(_ span: Span) -> String {
        Self.string(of: given[span.start..<span.end])
    }

    /// The first match of `regex` inside `span`, by group name; searched for once per pattern and span (`FirstMatchMemo`).
    func firstMatch(_ regex: NSRegularExpression, in span: Span) -> NamedGroups? {
        let range = NSRange(location: utf16Offset[span.start], length: utf16Offset[span.end] - utf16Offset[span.start])
        return firstMatches.match(of: regex, in: span) { regex.firstMatch(in: string, range: range) }.map { NamedGroups(match: $0, text: self) }
    }

    /// Whether `regex` matches anywhere inside `span`: a rule's cheap gate before its costly pattern.
    func holdsMatch(of regex: NSRegularExpression, in span: Span) -> Bool {
        let range = NSRange(location: utf16Offset[span.start], length: utf16Offset[span.end] - utf16Offset[span.start])
        return regex.firstMatch(in: string, range: range) != nil
    }

    /// Whether a pattern that opens with `Patterns.cue` (`\b` and a speech verb) matches anywhere inside `span`: the same answer
    /// as `holdsMatch(of:in:)`, found by trying it, anchored, only where a speech verb's first word stands as a whole word
    /// (ICU's `\b` on either side, as in `span`), instead of ICU trying the verbs at every word.
    ///
    /// ```swift
    /// text.holdsMatch(ofCueOpening: gate, in: sentence)   // gate = Patterns.regex(Patterns.cue + ",")
    /// ```
    func holdsMatch(ofCueOpening regex: NSRegularExpression, in span: Span) -> Bool {
        ICUWordBoundary.wholeASCIIWords(in: scalars, span).contains { word in
            Lexicon.speechVerbWords.contains(slice(word))
                && regex.firstMatch(in: string, options: .anchored, range: range(Span(word.start, span.end))) != nil
        }
    }

    /// Every match of `regex` inside `span`, by group name.
    func allMatches(_ regex: NSRegularExpression, in span: Span) -> [NamedGroups] {
        let range = NSRange(location: utf16Offset[span.start], length: utf16Offset[span.end] - utf16Offset[span.start])
        return regex.matches(in: string, range: range).map { NamedGroups(match: $0, text: self) }
    }

    /// The matches of `regex` in `span` that `accept` turns into values; after a match it refuses, the search goes on from
    /// the end of that match's group `resumePoint` rather than from the end of the whole match.
    func matches<Value>(_ regex: NSRegularExpression, in span: Span, resumingAfter resumePoint: String,
                        accept: (NamedGroups) -> Value?) -> [Value] {
        matches(in: span, resumingAfter: resumePoint, accept: accept) { firstMatch(regex, in: Span($0, span.end)) }
    }

    /// The loop the `matches` variants share: `firstMatch(from:)` finds the first match from a code point on.
    private func matches<Value>(in span: Span, resumingAfter resumePoint: String, accept: (NamedGroups) -> Value?,
                                firstMatch: (_ from: Int) -> NamedGroups?) -> [Value] {
        var values: [Value] = []
        var start = span.start
        while start < span.end, let match = firstMatch(start) {
            if let value = accept(match) {
                values.append(value)
                start = max(match.whole.end, start + 1)
            } else {
                start = max(match[resumePoint]?.end ?? match.whole.end, start + 1)
            }
        }
        return values
    }

    /// The same matches as `matches(_:in:resumingAfter:accept:)`, found faster for a pattern that opens with `opening` (its
    /// speaker and cue, say) and then reads on: `opening` is searched for first, and only in the span up to `openingEnd`
    /// (the end of the last cue), so that the code points after it (the clause) are not each tried as a start; the whole
    /// pattern is then tried, anchored, where `opening` matched, and the search goes on after that start if it fails.
    /// `opening` must be the pattern's own opening, so that the whole pattern can start only where `opening` matches;
    /// it opens at a word boundary (`\b`). `searchStart(from)` may move a search for `opening` that would start at `from` on
    /// to where its first match can start at the earliest, after a code point that is no word character.
    ///
    /// ```swift
    /// text.matches(clause, openingWith: speakerAndCue, endingBy: lastCue.end, in: sentence, resumingAfter: "cue") { … }
    /// ```
    func matches<Value>(_ regex: NSRegularExpression, openingWith opening: NSRegularExpression, endingBy openingEnd: Int, in span: Span,
                        searchStart: (_ from: Int) -> Int = { $0 }, resumingAfter resumePoint: String,
                        accept: (NamedGroups) -> Value?) -> [Value] {
        matches(in: span, resumingAfter: resumePoint, accept: accept) {
            firstMatch(regex, openingWith: opening, endingBy: openingEnd, in: Span($0, span.end), searchStart: searchStart)
        }
    }

    /// The first match of `regex` in `span`, where it can only start where `opening` matches before `openingEnd`. When the
    /// whole pattern fails there, the search for `opening` goes on from the next word's start: a region that starts after a
    /// character that is no word character reads `\b` there as the whole text does (the pattern opens with `\b` and a
    /// letter, so nothing can start inside a word), without transparent bounds (which would copy the whole text per call).
    /// The anchored try of `regex` needs no such care either: its opening `\b` has just been checked there.
    private func firstMatch(_ regex: NSRegularExpression, openingWith opening: NSRegularExpression, endingBy openingEnd: Int,
                            in span: Span, searchStart: (_ from: Int) -> Int) -> NamedGroups? {
        let end = min(openingEnd, span.end)
        var from = span.start
        while from < end {
            guard let found = opening.firstMatch(in: string, range: range(Span(min(searchStart(from), end), end))),
                  let start = self.span(of: found.range)?.start else {
                return nil
            }
            if let match = anchoredMatch(regex, in: Span(start, span.end)) { return match }
            from = start + 1
            while from < end, scalars[from - 1].isQuickWordCharacter { from += 1 }
        }
        return nil
    }

    /// Where the last of `phrases` (words of ASCII letters, one space between words, case as written) ends in `span`: the end
    /// of the last match of `\b(?:phrase|…)\b` there, found without a regular expression by reading words backwards.
    ///
    /// ```swift
    /// let text = ScalarText("He said so, she pointed out.")
    /// text.endOfLast(of: PhraseSet(["said", "pointed out"]), in: text.whole)   // 27
    /// ```
    func endOfLast(of phrases: PhraseSet, in span: Span) -> Int? {
        var end = span.end
        while end > span.start {
            while end > span.start, !scalars[end - 1].isQuickWordCharacter { end -= 1 }
            var start = end
            while start > span.start, scalars[start - 1].isQuickWordCharacter { start -= 1 }
            if phrase(of: phrases, endingAt: end, wordStart: start, in: span) != nil { return end }
            end = start
        }
        return nil
    }

    /// Where each of `phrases` starts in `span`, in order: the starts of the matches of `\b(?:phrase|…)\b` there.
    func startsOfAll(of phrases: PhraseSet, in span: Span) -> [Int] {
        var starts: [Int] = []
        var start = span.start
        while start < span.end {
            while start < span.end, !scalars[start].isQuickWordCharacter { start += 1 }
            var end = start
            while end < span.end, scalars[end].isQuickWordCharacter { end += 1 }
            if end > start, let phrase = phrase(of: phrases, endingAt: end, wordStart: start, in: span) { starts.append(end - phrase.count) }
            start = end
        }
        return starts
    }

    /// The phrase that stands as whole words right before `end`, whose last word starts at `wordStart`.
    private func phrase(of phrases: PhraseSet, endingAt end: Int, wordStart: Int, in span: Span) -> [Unicode.Scalar]? {
        guard phrases.mayEnd(with: scalars[wordStart..<end]) else { return nil }
        return phrases.phrases.first { phrase in
            let start = end - phrase.count
            return start >= span.start && scalars[start..<end].elementsEqual(phrase) && (start == span.start || !scalars[start - 1].isQuickWordCharacter)
        }
    }

    /// The same matches as `matches(_:in:resumingAfter:accept:)` for a pattern that can only start at one of `starts` (it
    /// opens with a cue, say): the pattern is tried, anchored, at each start after the search point, instead of at every
    /// code point. Each start must be a word's start, where `\b` reads the same with the region starting there.
    func matches<Value>(_ regex: NSRegularExpression, startingAtAnyOf starts: [Int], in span: Span, resumingAfter resumePoint: String,
                        accept: (NamedGroups) -> Value?) -> [Value] {
        matches(in: span, resumingAfter: resumePoint, accept: accept) { from in
            // A loop, not `lazy.compactMap(…).first`: that evaluates the match it finds twice.
            for start in starts where start >= from {
                if let match = anchoredMatch(regex, in: Span(start, span.end)) { return match }
            }
            return nil
        }
    }

    private func anchoredMatch(_ regex: NSRegularExpression, in span: Span) -> NamedGroups? {
        regex.firstMatch(in: string, options: .anchored, range: range(span)).map { NamedGroups(match: $0, text: self) }
    }

    private func range(_ span: Span) -> NSRange {
        NSRange(location: utf16Offset[span.start], length: utf16Offset[span.end] - utf16Offset[span.start])
    }

    /// The code point span of a UTF-16 range found by a match.
    func span(of range: NSRange) -> Span? {
        guard range.location != NSNotFound else { return nil }
        return Span(scalarOffset[range.location], scalarOffset[range.location + range.length])
    }

    /// The span without white space at either end, widened if needed so that no edge splits a character
    /// (never between `\r` and `\n`, never before a combining mark or inside an emoji sequence). Empty if all white space.
    func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, scalars[start].isQuickWhitespace { start += 1 }
        while end > start, scalars[end - 1].isQuickWhitespace { end -= 1 }
        guard start < end else { return Span(start, start) }
        while !isGraphemeStart[start] { start -= 1 }
        while !isGraphemeStart[end] { end += 1 }
        return Span(start, end)
    }

    /// How many words (runs of non-white space) the span holds, counting no further than `limit`.
    func wordCount(in span: Span, upTo limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for index in span.start..<span.end {
            let space = scalars[index].isQuickWhitespace
            if !space, !inWord {
                count += 1
                if count >= limit { return count }
            }
            inWord = !space
        }
        return count
    }

    func isWhitespace(at index: Int) -> Bool { scalars[index].isQuickWhitespace }

    /// The last code point of `span` that is no white space (ICU's `\s`, Unicode's White_Space), nil if there is none: a
    /// pattern that ends with `,\s*$` cannot match a span whose last one is no comma.
    ///
    /// ```swift
    /// ScalarText("He said, ").lastNonWhitespace(in: Span(0, 9))   // ","
    /// ```
    func lastNonWhitespace(in span: Span) -> Unicode.Scalar? {
        var end = span.end
        while end > span.start, isWhitespace(at: end - 1) { end -= 1 }
        return end > span.start ? scalars[end - 1] : nil
    }

    /// The word (letters only) before `offset`, spaces skipped; empty at a punctuation mark.
    func wordBefore(_ offset: Int) -> Span {
        var end = offset
        while end > 0, isWhitespace(at: end - 1) { end -= 1 }
        var start = end
        while start > 0, scalars[start - 1].isQuickAlphabetic { start -= 1 }
        return Span(start, end)
    }

    /// The word before `offset`, past an article: `in` for the mention `statement` in `in a statement`.
    func wordBeforeArticle(_ offset: Int) -> Span {
        let word = wordBefore(offset)
        return ["a", "an", "the"].contains(slice(word)) ? wordBefore(word.start) : word
    }

    /// The letters of the word after `offset`, past white space (empty when what follows is no letter):
    /// `protested` after `His campaign`.
    func wordAfter(_ offset: Int) -> Span {
        var start = offset
        while start < count, isWhitespace(at: start) { start += 1 }
        var end = start
        while end < count, scalars[end].isQuickAlphabetic { end += 1 }
        return Span(start, end)
    }
}
