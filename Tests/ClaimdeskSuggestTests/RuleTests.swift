import Testing
@testable import ClaimdeskSuggest

/// Each rule on its own, on the sentence in its doc comment and on what it must not take.
@Suite struct EachRuleTests {
    private func run(_ rule: some Rule, _ string: String) -> [String] {
        let text = ScalarText(string)
        return text.paragraphs().flatMap { rule.candidates(in: $0, of: text) }.map { text.slice($0.span) }
    }

    @Test func directQuoteRule() {
        let rule = DirectQuoteRule()
        #expect(run(rule, "“Common prosperity means prosperity for all,” Xi said.") == ["Common prosperity means prosperity for all,"])
        #expect(run(rule, "“The target is the wallet,” said Lu Jun, founder of a center.") == ["The target is the wallet,"])
        #expect(run(rule, "Zhou said, “Our success depends on our country’s policies. … We must act.”") == ["Our success depends on our country’s policies. … We must act."])
        #expect(run(rule, "Officials began to target “illegal NGOs with measures,” according to China Daily.") == ["illegal NGOs with measures,"])
        #expect(run(rule, "\"We are paying more,\" Chen said. \"That is not a choice most residents would make.\"") == ["We are paying more,", "That is not a choice most residents would make."])
        #expect(run(rule, "Beijing’s “common prosperity” initiative.").isEmpty, "scare quotes")
        #expect(run(rule, "When he declared China had eliminated poverty, “common prosperity” became a theme.").isEmpty)
    }

    @Test func reportedSpeechRule() {
        let rule = ReportedSpeechRule()
        #expect(run(rule, "Daniel Zhang, CEO at Alibaba group, said his company’s donation represented its willingness.") == ["his company’s donation represented its willingness"])
        #expect(run(rule, "Wang told VOA Mandarin that businesses are forced to donate.") == ["businesses are forced to donate"])
        #expect(run(rule, "Meanwhile, analysts say this new wave of donation will not help.") == ["this new wave of donation will not help"])
        #expect(run(rule, "“I don’t think so,” he said of the third distribution.").isEmpty)
        #expect(run(rule, "“It is over,” he told VOA Mandarin via phone.").isEmpty)
    }

    @Test func accordingToRule() {
        #expect(run(AccordingToRule(), "According to the explanation from China’s National Development and Reform Commission, the first distribution comes through markets.")
                == ["the first distribution comes through markets"])
        #expect(run(AccordingToRule(), "He left, according to friends.").isEmpty)
    }

    @Test func speakersResolveSurnamesPronounsAndKnownAliases() {
        let text = "Chinese President Xi Jinping spoke. Later he said the plan was working well. “We are not done,” Xi said."
        let found = Suggester().suggest(in: text)
        #expect(found.map { $0.speaker?.name } == ["Xi Jinping", "Xi Jinping"])
        let known = Suggester(knownSpeakers: [KnownSpeaker(name: "Zhou Hongyi", aliases: ["Zhou"])]).suggest(in: "“We will donate more than before,” Zhou said.")
        #expect(known.first?.speaker?.name == "Zhou Hongyi" && known.first?.speaker?.isNew == false)
    }

    @Test func checkWorthinessCountsSignals() {
        #expect(CheckWorthiness.score("a donation of $15 billion in 2021").1 == ["number", "money", "date"])
        #expect(CheckWorthiness.score("we must act").1.isEmpty)
    }

    @Test func offsetsAreCodePointsWithCRLFAndEmoji() {
        let text = "👍🏽 Intro.\r\n\r\n“We will rebuild every home in the valley,” said Ana Costa.\r\n"
        let found = Suggester().suggest(in: text)
        #expect(found.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[found[0].span.start..<found[0].span.end])) == "We will rebuild every home in the valley,")
        #expect(found[0].span.start == 14)
    }
}
