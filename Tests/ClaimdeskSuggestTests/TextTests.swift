import Testing
@testable import ClaimdeskSuggest

/// Code point offsets, paragraphs, sentences and quotations.
@Suite struct TextTests {
    @Test func regexMatchesReportCodePointOffsets() {
        let text = ScalarText("👍🏽 e\u{301}\u{202F}“Zhou”\r\nsaid")
        let match = text.firstMatch(Patterns.regex("Zhou"), in: text.whole)
        #expect(match?.whole == Span(7, 11), "👍🏽 is two code points (four UTF-16 units), é decomposed is two")
        #expect(text.firstMatch(Patterns.regex("said"), in: text.whole)?.whole == Span(14, 18), "CRLF is two code points")
    }

    @Test func trimmingNeverSplitsACharacter() {
        let text = ScalarText(" cafe\u{301}\r\n")
        #expect(text.trimmed(Span(0, 5)) == Span(1, 6), "widened over the combining mark")
        #expect(text.trimmed(Span(0, 8)) == Span(1, 6), "no white space, no CRLF half at either end")
        #expect(text.trimmed(Span(6, 8)).length == 0)
    }

    @Test func paragraphsSplitOnBlankLinesWithEitherLineEnd() {
        let text = ScalarText("Budget passes\r\n\r\nThe council voted.\r\nIt was late.\r\n\r\n\r\n‘Common prosperity’ initiative\n\nLast one.")
        let paragraphs = Paragraph.split(text)
        #expect(paragraphs.map { text.slice($0.span) } == ["Budget passes", "The council voted.\r\nIt was late.", "‘Common prosperity’ initiative", "Last one."])
        #expect(paragraphs.map(\.isHeading) == [true, false, true, false])
    }

    @Test func sentencesStartAfterClosingPunctuationButNotAfterAbbreviations() {
        let string = "He spoke. Dr. Kim of the U.S. Army said: “Go.”"
        let text = ScalarText(string)
        let paragraph = Paragraph.split(text)[0]
        #expect(paragraph.sentenceStart(before: string.unicodeScalars.count - 1, in: text) == 10)
    }

    @Test func quotationsNestAndSingleQuotesAreNotApostrophes() {
        let string = "“Some have called this ‘water apartheid’. That is wrong,” she said. ‘We won’t go,’ the workers’ union said. \"Straight,\" he added."
        let text = ScalarText(string)
        let quotes = Paragraph.split(text)[0].quotes.map { text.slice($0.inner) }
        #expect(quotes == ["Some have called this ‘water apartheid’. That is wrong,", "We won’t go,", "Straight,"])
    }

    @Test func aQuotationLeftOpenRunsToTheParagraphEnd() {
        let text = ScalarText("She said: “My father worked these docks.\n\n“We are asking for our share.”")
        let paragraphs = Paragraph.split(text)
        #expect(paragraphs.map { $0.quotes.map { text.slice($0.inner) } } == [["My father worked these docks."], ["We are asking for our share."]])
        #expect(paragraphs[1].quotes[0].opensParagraph)
    }

    @Test func quotationShapes() {
        let text = ScalarText("In its report, titled “Holding the Line,” the bank said “Ports in Transition.” was “reckless” but “Today we are done asking.”")
        let paragraph = Paragraph.split(text)[0]
        #expect(paragraph.quotes.map { $0.isTitle(in: text, paragraph: paragraph) } == [true, true, false, false])
        #expect(paragraph.quotes.map { $0.isSubstantive(in: text) } == [true, true, false, true])
    }

    @Test func doubledApostrophesAreQuotationMarks() {
        let string = "Mr. Brown's view: ''A ferry pilot in Maine is out on the water,'' said Mr. Brown. It's ''religious liberty.''"
        let text = ScalarText(string)
        let quotes = Paragraph.split(text)[0].quotes
        #expect(quotes.map { text.slice($0.inner) } == ["A ferry pilot in Maine is out on the water,", "religious liberty."])
        #expect(text.slice(text.whole) == string, "slices are the text as given")
        let found = Suggester().suggest(in: "''Out, out, out!'' said Mr. Halvorsen, pointing at the door.")
        #expect(found.map(\.text) == ["Out, out, out!"])
        #expect(found.first?.speaker?.name == "Halvorsen")
    }

    @Test func aCurlyQuoteClosedByAStraightMarkIsOneQuotation() {
        let text = ScalarText("“The economy is the strongest in the world,\" he said. \"We are done,” she said.")
        #expect(Paragraph.split(text)[0].quotes.map { text.slice($0.inner) } == ["The economy is the strongest in the world,", "We are done,"])
    }

    @Test func shortQuotesWithSmallWordsAreNotTitles() {
        let text = ScalarText("“It is not new in Oregon,” said Rep. Glen Ashby. He read “Ports in Transition.”")
        let paragraph = Paragraph.split(text)[0]
        #expect(paragraph.quotes.map { $0.isTitle(in: text, paragraph: paragraph) } == [false, true])
        #expect(Suggester().suggest(in: text.string).map { $0.speaker?.name } == ["Glen Ashby"])
    }

    /// Nine words or more are no title, however capitalised; the white space after an eighth word counts as none.
    @Test func aQuotationOfNineWordsIsNoTitle() {
        let text = ScalarText("He read “Ports and Harbours of the Pacific Rim Today” and “Ports and Harbours of the Pacific Rim in Transition”.")
        let paragraph = Paragraph.split(text)[0]
        #expect(paragraph.quotes.map { $0.isTitle(in: text, paragraph: paragraph) } == [true, false])
    }

    /// A first match is searched for once per pattern and span, and each span gets its own.
    @Test func firstMatchesAreRememberedPerPatternAndSpan() {
        let text = ScalarText("Kim said so. Lee said no.")
        let name = Patterns.regex(#"\p{Lu}\p{Ll}+"#)
        for _ in 0..<2 {
            #expect(text.firstMatch(name, in: text.whole)?.whole == Span(0, 3))
            #expect(text.firstMatch(name, in: Span(3, text.count))?.whole == Span(13, 16))
            #expect(text.firstMatch(Patterns.regex("said"), in: Span(10, text.count))?.whole == Span(17, 21))
            #expect(text.firstMatch(name, in: Span(17, text.count)) == nil)
        }
    }

    /// The speaker before a cue, searched for after the last mark it cannot hold, is the one the whole span gives: after a
    /// quotation, a colon or a dash, with a party code in parentheses (which may hold anything), with none of them.
    @Test func theSpeakerBeforeACueIsSearchedForAfterTheLastMarkItCannotHold() {
        for (sentence, speaker) in [("“We will win,” Senator Kim Lee said", "Senator Kim Lee"), ("Asked: Dr. Ann Cole said", "Dr. Ann Cole"),
                                    ("The plan — as the mayor said", "the mayor"), ("“Yes,” Sen. Bernie Sanders (I-Vt.: “no”) said", "Sen. Bernie Sanders"),
                                    ("Three officials said", "Three officials"), ("“No,” he said", "he"), ("It was “late”; said", nil)] {
            let text = ScalarText(sentence)
            let beforeCue = Span(0, text.count - 4)
            let narrowed = AnySubjectCueClauseRule.speakerMatch(endingAt: beforeCue, text)
            #expect(narrowed?["mention"] == text.firstMatch(AnySubjectCueClauseRule.speakerBeforeCue, in: beforeCue)?["mention"], "\(sentence)")
            #expect(narrowed?["mention"].map(text.slice) == speaker, "\(sentence)")
        }
    }

    /// `Patterns.sentenceStart` holds at the start and after closing punctuation (a closing mark may follow it) and a space;
    /// not after a colon, not after a space that follows a space.
    @Test func sentenceStartsAreTheStartAndAfterClosingPunctuation() {
        let text = ScalarText("He left. “Go.” She said. No:  x! Yes")
        #expect(text.allMatches(Patterns.regex(Patterns.sentenceStart), in: text.whole).map(\.whole.start) == [0, 9, 15, 25, 33])
    }

    @Test func sentencesOfAParagraph() {
        let string = "He spoke. Dr. Kim of the U.S. Army said “Go. Now.” Then Paul D. Ryan left!"
        let text = ScalarText(string)
        let paragraph = Paragraph.split(text)[0]
        #expect(paragraph.sentences(in: text).map(text.slice) == ["He spoke.", "Dr. Kim of the U.S. Army said “Go. Now.”", "Then Paul D. Ryan left!"])
        let words = SentenceWords(in: text.whole, of: text)
        #expect(Set(words.words).isSuperset(of: ["dr", "said", "go", "ryan"]) && words.commas == 0)
        let inverted = SentenceWords(in: ScalarText("Taxes rose, said Mr. Lee, the mayor.").whole, of: ScalarText("Taxes rose, said Mr. Lee, the mayor."))
        #expect(inverted.afterComma == ["said", "the"] && inverted.commas == 2)
    }

    /// The end of the last cue, read backwards in Swift, is where the cue pattern's last match ends; whole words only.
    @Test func theLastCueEndsWhereThePatternsLastMatchEnds() {
        let cues = PhraseSet(Lexicon.speechVerbs)
        let pattern = Patterns.regex(Patterns.cue)
        for sentence in ["Lee said the plan, as she pointed out, was late.", "Unsaid things, sayings and “saidx” are no cues.", "Kim says",
                         "As Ryan pointed out", "She pointed  out twice.", "Touché, said Zoë’s aide—said_ not.", "He told them: nothing"] {
            let text = ScalarText(sentence)
            #expect(text.endOfLast(of: cues, in: text.whole) == text.allMatches(pattern, in: text.whole).last?.whole.end, "\(sentence)")
        }
    }

    /// Searching the opening first (and only up to the last cue) finds the matches the whole pattern finds, also where the
    /// whole pattern fails after an opening (`Kim said.` has no clause) and inside words (`Leesaid`, `K-Lee said`).
    @Test func openingFirstFindsTheSameMatches() {
        let opening = #"\b(?=\p{L})(?<mention>\p{Lu}[\p{L}\-]*)\s+(?<cue>said)\b"#
        let whole = Patterns.regex(opening + #"\s+(?<claim>\p{Ll}+\s+\p{Ll}+)"#)
        for sentence in ["Kim said. Lee said yes today, and Ann said so too.", "Leesaid no way. K-Lee said it was fine", "None said", "Bo said Xy"] {
            let text = ScalarText(sentence)
            let lastCue = text.endOfLast(of: PhraseSet(["said"]), in: text.whole) ?? 0
            let accept = { (match: NamedGroups) -> Span? in text.slice(match["mention"]!) == "Ann" ? nil : match["claim"] }
            let found = text.matches(whole, openingWith: Patterns.regex(opening), endingBy: lastCue, in: text.whole, resumingAfter: "cue", accept: accept)
            #expect(found == text.matches(whole, in: text.whole, resumingAfter: "cue", accept: accept), "\(sentence)")
            #expect(!found.isEmpty || sentence.hasPrefix("None") || sentence.hasPrefix("Bo"))
        }
    }

    /// Trying a pattern that opens with a cue only where a cue starts finds what the pattern finds everywhere.
    @Test func startingOnlyAtCuesFindsTheSameMatches() {
        let cues = PhraseSet(["said", "argued", "pointed out"])
        let pattern = Patterns.regex(#"(?<cue>\b(?:said|argued|pointed out)\b)\s+(?<claim>\p{Ll}+(?:\s+\p{Ll}+)*)"#)
        for sentence in ["Kim said so and Lee argued that more was needed.", "Unsaid, said: nothing. Ann pointed out the risk", "No cue here."] {
            let text = ScalarText(sentence)
            let starts = text.startsOfAll(of: cues, in: text.whole)
            #expect(starts == text.allMatches(Patterns.regex(#"\b(?:said|argued|pointed out)\b"#), in: text.whole).map(\.whole.start), "\(sentence)")
            let accept = { (match: NamedGroups) -> Span? in text.slice(match["claim"]!) == "that more was needed" ? nil : match["claim"] }
            #expect(text.matches(pattern, startingAtAnyOf: starts, in: text.whole, resumingAfter: "cue", accept: accept)
                    == text.matches(pattern, in: text.whole, resumingAfter: "cue", accept: accept), "\(sentence)")
        }
    }
}
