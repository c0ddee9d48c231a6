import Testing
@testable import ClaimdeskCore

@Suite struct CommandTokenizerTests {
    private func words(_ line: String) throws -> [String] { try CommandTokenizer.split(line).map(\.text) }

    @Test func splitsLikeAShell() throws {
        #expect(try words(#"claim "Xi said" --status refuted # a comment"#) == ["claim", "Xi said", "--status", "refuted"])
        #expect(try words(#"a 'single "quoted"' b\ c "x\"y" "\n""#) == ["a", #"single "quoted""#, "b c", #"x"y"#, #"\n"#])
        #expect(try words("  ") == [])
        #expect(try words("#only a comment") == [])
        #expect(try words("a#b") == ["a#b"])
        #expect(try words("claim #2 # then a comment") == ["claim", "#2"])
        #expect(try words(#""""#) == [""])
    }

    @Test func keepsCurlyQuotesAsText() throws {
        #expect(try words("find “common prosperity”") == ["find", "“common", "prosperity”"])
    }

    @Test func recordsWhetherAWordWasQuoted() throws {
        let tokens = try CommandTokenizer.split(#"claim 12..40 "12..40""#)
        #expect(tokens.map(\.quoted) == [false, false, true])
    }

    @Test func unterminatedQuotesAreErrors() {
        #expect(throws: ClaimdeskError.badInput("unterminated \" quote starting at column 7; close it with \"")) {
            try CommandTokenizer.split(#"claim "Xi said"#)
        }
        #expect(throws: ClaimdeskError.self) { try CommandTokenizer.split("claim 'x") }
        #expect(throws: ClaimdeskError.self) { try CommandTokenizer.split("claim x\\") }
    }

    @Test func optionsParseAgainstTheirSpecs() throws {
        let tokens = try CommandTokenizer.split(#"3 --status=refuted --tag a --tag b "--not-an-option""#)
        let specs = [OptionSpec("status", value: "S", help: ""), OptionSpec("tag", value: "T", help: "", repeatable: true)]
        let arguments = try CommandArguments.parse(tokens, options: specs, command: "x")
        #expect(arguments.value("status") == "refuted")
        #expect(arguments.values("tag") == ["a", "b"])
        #expect(arguments.positionals.map(\.text) == ["3", "--not-an-option"])
        #expect(throws: ClaimdeskError.badInput("x has no option --stauts; did you mean --status?")) {
            try CommandArguments.parse([Token("--stauts")], options: specs, command: "x")
        }
        #expect(throws: ClaimdeskError.badInput("--status is given twice; give it once")) {
            try CommandArguments.parse([Token("--status"), Token("a"), Token("--status"), Token("b")], options: specs, command: "x")
        }
    }
}
