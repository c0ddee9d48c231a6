/// The words after a description that say which one, read into the speaker it names:
/// `A spokeswoman for Halvorsen also declined …` → `spokeswoman for Halvorsen`, `Backers of the ferry levy, for their part,
/// argued` → `backers of the ferry levy`, `” said a source close to Mayor Park.` → `source close to Mayor Park`.
///
/// ```swift
/// DescribingPhrase.described(speaker, cue: cue, text)   // "spokeswoman for Halvorsen" for the speaker "spokeswoman"
/// ```
/// Only a speaker named by its description (its name ends in the mention's last word, in lower case) takes the phrase; a name
/// (`Trump`) or a referent (`the company` → `Theranos`) does not. The phrase opens with a preposition (`of, for, from, at, with,
/// inside, in, on, close to, familiar with, involved in`) and ends before a verb (`declined`, `has`, `is`, a cue), an adverb,
/// `who`, `to`, `and`, or any punctuation; `in`, `on`, `at` or `for` before a time or a statement (`The company on Tuesday said`,
/// `the campaign in a statement said`, `the Trump campaign for months`) opens none.
enum DescribingPhrase {
    /// The phrase holds at most this many words.
    private static let longest = 10
    private static let openers: [[String]] = [["close", "to"], ["familiar", "with"], ["involved", "in"], ["of"], ["for"], ["from"], ["at"],
                                              ["with"], ["inside"], ["in"], ["on"]]
    /// Words a phrase never holds: verbs, relatives, conjunctions, `to` (`the push to boycott …` ends at `push`).
    private static let stops = Lexicon.auxiliaries.union(["not", "who", "whom", "whose", "which", "that", "and", "or", "but", "to", "as",
                                                          "than", "according", "also", "then", "however"])
    /// What the object of `in`, `on`, `at`, `for` may not be: a time or a channel (`on Tuesday`, `in a statement`, `at the time`,
    /// `for months`).
    private static let circumstances: Set<String> = ["time", "moment", "statement", "interview", "conference", "speech", "email", "e-mail",
                                                     "letter", "tweet", "post", "release", "call", "appearance", "hearing", "briefing",
                                                     "morning", "afternoon", "evening", "night", "week", "month", "year", "day", "days", "weeks",
                                                     "months", "years", "hours", "decades", "minutes", "now", "example", "instance",
                                                     "weekend", "end", "same", "past", "wake", "response", "recent", "addition", "turn",
                                                     "fact", "part", "particular", "contrast", "general", "short", "private", "public",
                                                     "person", "writing", "court", "remarks", "comments", "front", "least", "first",
                                                     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                                     "January", "February", "March", "April", "May", "June", "July", "August",
                                                     "September", "October", "November", "December"]
    /// Words a phrase does not end with (`for the`): it ends at the word before.
    private static let weakEnds: Set<String> = ["the", "a", "an", "of", "for", "from", "at", "with", "in", "on", "inside", "his", "her",
                                                "their", "its"]

    /// The speaker with the phrase after its mention read into its name and its mention.
    static func described(_ speaker: SuggestedSpeaker, cue: Span?, _ text: ScalarText) -> SuggestedSpeaker {
        guard let mention = speaker.mention, isDescription(speaker.name, mention, text),
              let phrase = phrase(after: mention, cue: cue, text) else { return speaker }
        var longer = speaker
        longer.name = speaker.name + " " + text.slice(phrase)
        longer.mention = Span(mention.start, phrase.end)
        return longer
    }

    /// The name ends in the mention's last word, which is in lower case there (`spokeswoman`, `republicans` for `Republicans`).
    private static func isDescription(_ name: String, _ mention: Span, _ text: ScalarText) -> Bool {
        guard let last = name.split(separator: " ").last, last.first?.isLowercase == true else { return false }
        return text.slice(text.wordBefore(mention.end)).lowercased() == last
    }

    /// The words after `mention` that say which one, up to the cue when the cue follows.
    private static func phrase(after mention: Span, cue: Span?, _ text: ScalarText) -> Span? {
        guard mention.end < text.count, text.isWhitespace(at: mention.end) else { return nil }
        let limit = cue.map { $0.start > mention.end ? $0.start : text.count } ?? text.count
        let words = self.words(from: mention.end, before: limit, text)
        guard let opener = openers.first(where: { words.count > $0.count && zip(words, $0).allSatisfy { text.slice($0.0) == $0.1 } }),
              !(["in", "on", "at", "for"].contains(opener[0]) && isCircumstance(words.dropFirst(opener.count), text)) else { return nil }
        var end = opener.count
        while end < min(words.count, longest), !isStop(text.slice(words[end])) { end += 1 }
        while end > opener.count, weakEnds.contains(text.slice(words[end - 1])) { end -= 1 }
        guard end > opener.count else { return nil }
        return Span(words[0].start, words[end - 1].end)
    }

    /// `a statement`, `the time`, `Tuesday`: the object of `in`, `on`, `at` or `for`, past a determiner, is a time or a channel.
    private static func isCircumstance(_ words: ArraySlice<Span>, _ text: ScalarText) -> Bool {
        let object = words.first { !["a", "an", "the", "this", "that"].contains(text.slice($0)) }
        return object.map { circumstances.contains(text.slice($0)) } ?? true
    }

    private static func isStop(_ word: String) -> Bool {
        guard word.first?.isLowercase == true else { return false }
        return stops.contains(word) || word.hasSuffix("ed") || word.hasSuffix("ly") || Lexicon.speechVerbWords.contains(word)
    }

    /// `Mrs.`, `U.S.`, `D.`: a full stop that ends no phrase.
    private static func isAbbreviation(_ word: Span, endingAt end: Int, _ text: ScalarText) -> Bool {
        guard end == word.end + 1, text.scalars[word.end] == "." else { return false }
        let letters = text.slice(word)
        return Lexicon.abbreviations.contains(letters) || letters.contains(".") || (letters.count == 1 && text.scalars[word.start].isQuickUppercase)
    }

    /// The words from `offset` on, before `limit`, up to the first punctuation mark: one that ends a word ends the run after
    /// it (`Halvorsen,`), one that opens a word before it (`“…`, `(D-Md.)`, `—`).
    private static func words(from offset: Int, before limit: Int, _ text: ScalarText) -> [Span] {
        var words: [Span] = []
        var index = offset
        while words.count < longest + 2 {
            while index < limit, text.isWhitespace(at: index) { index += 1 }
            var end = index
            while end < limit, !text.isWhitespace(at: end) { end += 1 }
            guard end > index, text.scalars[index].isQuickWordCharacter else { break }
            var wordEnd = end
            while wordEnd > index, !text.scalars[wordEnd - 1].isQuickWordCharacter { wordEnd -= 1 }
            if isAbbreviation(Span(index, wordEnd), endingAt: end, text) { wordEnd = end }
            words.append(Span(index, wordEnd))
            if wordEnd < end { break }
            index = end
        }
        return words
    }
}
