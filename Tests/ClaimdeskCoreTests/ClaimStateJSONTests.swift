import Foundation
import Testing
@testable import ClaimdeskCore

/// Snapshots are written as `JSONEncoder` with sorted keys would write them, and read back by claimdesk's own decoder equal what `JSONDecoder` reads, and anything it does not
/// know is left to `JSONDecoder` (so old snapshots and bad ones behave exactly as before).
@Suite struct ClaimStateJSONTests {
    @Test func matchesJSONEncoderWithSortedKeys() throws {
        var state = ClaimState(doc: 3, start: 5, end: 12, text: "“Hi”\r\n\"x\" \\ 👍🏽")
        state.speaker = "Zhou"
        state.cueStart = 1
        state.cueEnd = 3
        state.cue = "said"
        state.sources = [SourceLink(name: "VOA", via: "phone / interview"), SourceLink(name: "Xinhua")]
        state.evidence = [EvidenceItem(ref: "https://x.example/a", stance: .refutes, note: nil, reviewer: "ana", at: "2021-10-01T00:00:00.000Z")]
        state.tags = ["a", "b"]
        state.anchor = .moved
        state.quoteType = .direct
        state.fragments = [5..<7, 9..<12]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(ClaimStateJSON.encode(state) == String(decoding: try encoder.encode(state), as: UTF8.self))
        #expect(try JSONDecoder().decode(ClaimState.self, from: Data(ClaimStateJSON.encode(state).utf8)) == state)
    }

    @Test func randomSnapshotsDecodeAsJSONDecoderDecodesThem() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let state = Self.randomState(&random)
            let json = ClaimStateJSON.encode(state)
            let fast = try #require(ClaimStateJSON.decode(json), "\(json)")
            let reference = try JSONDecoder().decode(ClaimState.self, from: Data(json.utf8))
            #expect(fast == reference && fast == state, "\(json)")
        }
    }

    @Test func whatItDoesNotKnowIsLeftToJSONDecoder() throws {
        let minimal = #"{"deleted":false,"doc":1,"end":5,"evidence":[],"review_state":"open","sources":[],"start":0,"status":"unverified","tags":[],"text":"Hello"}"#
        #expect(ClaimStateJSON.decode(minimal) == (try JSONDecoder().decode(ClaimState.self, from: Data(minimal.utf8))))
        let withNulls = minimal.replacingOccurrences(of: #""text":"Hello""#, with: #""text":"Hello","speaker":null,"fragments":null,"anchor":null"#)
        #expect(ClaimStateJSON.decode(withNulls)?.speaker == nil)
        for broken in [minimal.replacingOccurrences(of: #""status":"unverified""#, with: #""status":"maybe""#),
                       minimal.replacingOccurrences(of: #""tags":[],"#, with: ""),
                       minimal.replacingOccurrences(of: #""end":5"#, with: #""end":"5""#),
                       minimal.replacingOccurrences(of: #""text":"Hello""#, with: #""text":"Hello","fragments":[[3,1]]"#),
                       minimal.replacingOccurrences(of: #""sources":[]"#, with: #""sources":[{"via":"x"}]"#),
                       "[]", "{"] {
            #expect(ClaimStateJSON.decode(broken) == nil, "\(broken)")
            #expect(throws: (any Error).self) { try JSONDecoder().decode(ClaimState.self, from: Data(broken.utf8)) }
        }
    }

    private static func randomState(_ random: inout SplitMix64) -> ClaimState {
        func text() -> String { ["Xi said", "“common prosperity”", "a\nb\t\"c\"", "Zhōu 周鸿祎 😀", "\u{202F}…"][random.below(5)] }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { random.below(2) == 0 ? nil : value() }
        let start = random.below(100)
        var state = ClaimState(doc: Int64(1 + random.below(9)), start: start, end: start + 20, text: text())
        if random.below(3) == 0 { state.fragments = [start..<start + 5, start + 9..<start + 20] }
        state.speaker = maybe(text())
        (state.speakerStart, state.speakerEnd) = (maybe(3), maybe(7))
        (state.cue, state.cueStart, state.cueEnd) = (maybe("said"), maybe(8), maybe(12))
        state.quoteType = maybe(QuoteType.allCases[random.below(QuoteType.allCases.count)])
        state.status = VerificationStatus.allCases[random.below(VerificationStatus.allCases.count)]
        state.rationale = maybe(text())
        state.attribution = AttributionStatus.allCases[random.below(AttributionStatus.allCases.count)]
        state.attributionRationale = maybe(text())
        state.sources = (0..<random.below(3)).map { _ in SourceLink(name: text(), via: maybe(text()), primary: random.below(2) == 0) }
        state.evidence = (0..<random.below(3)).map { _ in
            EvidenceItem(ref: "https://example.org/" + String(random.below(99)), stance: EvidenceStance.allCases[random.below(EvidenceStance.allCases.count)],
                         note: maybe(text()), reviewer: "ana", at: "2021-10-01T00:00:00.000Z",
                         about: EvidenceAbout.allCases[random.below(EvidenceAbout.allCases.count)])
        }
        state.tags = (0..<random.below(3)).map { "t\($0)" }
        state.reviewState = ReviewState.allCases[random.below(ReviewState.allCases.count)]
        state.anchor = maybe(AnchorState.allCases[random.below(AnchorState.allCases.count)])
        state.deleted = random.below(5) == 0
        return state
    }
}
