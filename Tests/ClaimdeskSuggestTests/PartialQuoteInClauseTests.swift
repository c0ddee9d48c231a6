import Testing
@testable import ClaimdeskSuggest

/// A partial quote (opening in lower case) inside reported speech with its own cue is claimed with the clause, not alone
/// (sentences written here in the shapes of political news).
@Suite struct PartialQuoteInClauseTests {
    private static func pieces(_ string: String) -> [[String]] {
        let text = ScalarText(string)
        return Suggester().suggest(in: string).map { suggestion in
            (suggestion.fragments ?? [suggestion.span]).map(text.slice)
        }
    }

    @Test func aPartialQuoteAfterAnInterruptingCueGoesWithTheClause() {
        #expect(Self.pieces("The marina's steady spending on its docks, Ms. Varga said, “is a clear example of adjusting” to the shifting economics of sailing.")
                == [["The marina's steady spending on its docks", "“is a clear example of adjusting” to the shifting economics of sailing"]])
    }

    @Test func aDoubledApostropheOpeningTheSecondPartIsKeptWhole() {
        #expect(Self.pieces("The marina's steady spending on its docks, Ms. Varga said, ''is a clear example of adjusting'' to the shifting economics of sailing.")
                == [["The marina's steady spending on its docks", "''is a clear example of adjusting'' to the shifting economics of sailing"]])
    }
}
