import Testing
@testable import ClaimdeskSuggest

/// A partial quote (opening in lower case) inside reported speech with its own cue is claimed with the clause, not alone
/// (sentences paraphrased from political news).
@Suite struct PartialQuoteInClauseTests {
    private static func pieces(_ string: String) -> [[String]] {
        let text = ScalarText(string)
        return Suggester().suggest(in: string).map { suggestion in
            (suggestion.fragments ?? [suggestion.span]).map(text.slice)
        }
    }

    @Test func aPartialQuoteAfterAnInterruptingCueGoesWithTheClause() {
        #expect(Self.pieces("The club's heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of adapting” to the changing economics of golf.")
                == [["The club's heavy investment in its facilities", "“is a perfect example of adapting” to the changing economics of golf"]])
    }

    @Test func aDoubledApostropheOpeningTheSecondPartIsKeptWhole() {
        #expect(Self.pieces("The club's heavy investment in its facilities, Ms. Tanzer said, ''is a perfect example of adapting'' to the changing economics of golf.")
                == [["The club's heavy investment in its facilities", "''is a perfect example of adapting'' to the changing economics of golf"]])
    }
}
