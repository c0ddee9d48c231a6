@testable import ClaimdeskSuggest

extension Suggester {
    /// The speakers' names of a text's suggestions, in order (nil where a suggestion has none): what the speaker tests
    /// compare.
    ///
    /// ```swift
    /// Suggester.speakers(in: "“We will win,” Zhou said.")   // ["Zhou"]
    /// ```
    static func speakers(in text: String, known: [KnownSpeaker] = []) -> [String?] {
        Suggester(knownSpeakers: known).suggest(in: text).map { $0.speaker?.name }
    }
}
