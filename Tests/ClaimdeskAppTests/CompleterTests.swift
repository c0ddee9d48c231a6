import Testing
@testable import ClaimdeskApp

struct FixedSource: CompletionSource {
    func documentIDs() -> [String] { ["1", "2"] }
    func claimIDs() -> [String] { ["1", "12", "2"] }
    func speakerNames() -> [String] { ["Zhou Hongyi", "Zhou", "Lu Jun"] }
}

@Suite struct CompleterTests {
    private func complete(_ before: String, _ current: String) -> Completion {
        Completer.complete(before: Completer.words(before: before), current: current, source: FixedSource())
    }

    @Test func commandsOptionsAndValues() {
        #expect(complete("", "st") == .words(["status"]))
        #expect(complete("claims ", "--st") == .words(["--status"]))
        #expect(complete("claims --status ", "re") == .words(["refuted"]))
        #expect(complete("status 1 ", "mo") == .words(["mostly_supported"]))
        #expect(complete("status ", "1") == .words(["1", "12"]))
        #expect(complete("history ", "l") == .words(["last"]))
        #expect(complete("open ", "") == .words(["1", "2"]))
        #expect(complete("help ", "exp") == .words(["export"]))
        #expect(complete("claim \"x\" --speaker ", "Zh") == .words(["Zhou", "Zhou Hongyi"]))
        #expect(complete("merge-speakers ", "L") == .words(["Lu Jun"]) && complete("merge-speakers \"Lu Jun\" ", "Zhou H") == .words(["Zhou Hongyi"]))
        #expect(complete("", "merge") == .words(["merge-speakers"]))
        #expect(complete("import ", "docs/") == .files)
        #expect(complete("export --out ", "x") == .files)
        #expect(complete("tag 1 --remove ", "") == .words([]))
    }

    @Test func searchSimilarAndReuse() {
        #expect(complete("", "se") == .words(["search"]))
        #expect(complete("", "si") == .words(["similar"]))
        #expect(complete("", "reu") == .words(["reuse"]))
        #expect(complete("search prosperity ", "--c") == .words(["--claims"]))
        #expect(complete("search prosperity --claims --status ", "ref") == .words(["refuted"]))
        #expect(complete("search prosperity --claims ", "--sp") == .words(["--speaker"]))
        #expect(complete("search prosperity --speaker ", "Lu") == .words(["Lu Jun"]))
        #expect(complete("search prosperity --doc ", "") == .words(["1", "2"]))
        #expect(complete("similar ", "1") == .words(["1", "12"]))
        #expect(complete("reuse 1 ", "1") == .words(["1", "12"]))
        #expect(complete("reuse 1 2 ", "l") == .words(["last"]))
    }

    @Test func attributionStatusesAndSubjects() {
        #expect(complete("attribution ", "1") == .words(["1", "12"]))
        #expect(complete("attribution 1 ", "mis") == .words(["misattributed", "misquoted"]))
        #expect(complete("claims --attribution ", "c") == .words(["confirmed"]))
        #expect(complete("evidence 1 x --about ", "") == .words(["attribution", "content"]))
        #expect(complete("queue --attribution ", "") == .words([]), "a flag of queue takes no value")
    }

    @Test func fragmentTakesAClaimThenAddOrRemove() {
        #expect(complete("", "frag") == .words(["fragment"]))
        #expect(complete("fragment ", "1") == .words(["1", "12"]))
        #expect(complete("fragment 1 ", "") == .words(["add", "remove"]))
        #expect(complete("fragment 1 add ", "--") == .words(["--nth"]))
    }

    @Test func namesWithSpacesAreQuotedTogether() {
        #expect(Completer.quoted(["Zhou", "Zhou Hongyi"], quoteOpen: false) == ["\"Zhou\"", "\"Zhou Hongyi\""])
        #expect(Completer.quoted(["Zhou Hongyi"], quoteOpen: true) == ["Zhou Hongyi"])
        #expect(Completer.quoted(["refuted"], quoteOpen: false) == ["refuted"])
    }

    @Test func wrappingKeepsWordsAndHangingIndent() {
        let lines = LineWrapper.wrap("[3] Zhou said, “Our success depends on policy.”", width: 24)
        #expect(lines == ["[3] Zhou said, “Our", "    success depends on", "    policy.”"])
        #expect(LineWrapper.displayWidth("中文 e\u{301} \u{1B}[31mred\u{1B}[0m") == 10)
        #expect(LineWrapper.wrap("short", width: 80) == ["short"])
        #expect(LineWrapper.wrap("  7  2021-10-01 ana create claim 3", width: 20) == ["  7  2021-10-01 ana", "     create claim 3"])
        #expect(LineWrapper.wrap("  revise    import a corrected version", width: 24) == ["  revise    import a", "            corrected", "            version"])
        #expect(LineWrapper.wrap("  one two three four five six", width: 12) == ["  one two", "  three four", "  five six"])
        #expect(LineWrapper.wrap(String(repeating: "x", count: 30), width: 12).allSatisfy { LineWrapper.displayWidth($0) <= 12 })
    }

    /// Emoji sequences are one wide glyph on screen, however many code points they hold.
    @Test func emojiSequencesAreTwoColumns() {
        #expect(LineWrapper.displayWidth("👨\u{200D}👩\u{200D}👧") == 2)
        #expect(LineWrapper.displayWidth("👍🏽") == 2)
        #expect(LineWrapper.displayWidth("🇫🇷") == 2)
        #expect(LineWrapper.displayWidth("❤\u{FE0F} ©") == 4)
        #expect(LineWrapper.displayWidth("45\u{202F}%") == 4)
    }
}
