import Foundation
import Testing
@testable import ClaimdeskCore

/// Every agreement figure against a case computed by hand (the working is in each test's comment).
@Suite struct AgreementFigureTests {
    /// A: 0..10 refuted Zhou, 20..30 supported Xi, 40..50; B: 0..10 refuted Zhou, 22..30 refuted, 60..70.
    static let text = String(repeating: "word ", count: 16)
    static let layerA = [LayerClaim(span: 0..<10, status: "refuted", speaker: "Zhou"),
                         LayerClaim(span: 20..<30, status: "supported", speaker: "Xi"),
                         LayerClaim(span: 40..<50, status: "unverified")]
    static let layerB = [LayerClaim(span: 0..<10, status: "refuted", speaker: "zhou"),
                         LayerClaim(span: 22..<30, status: "refuted"),
                         LayerClaim(span: 60..<70, status: "unverified")]

    @Test func pairFiguresByHand() {
        let report = AgreementReport(documents: [LayeredDocument(docID: 1, text: Self.text, layers: ["ana": Self.layerA, "ben": Self.layerB])])
        let pair = report.pairs[0]
        #expect((pair.a, pair.b, pair.claimsA, pair.claimsB) == ("ana", "ben", 3, 3))
        #expect(pair.exactMatched == 1 && pair.matched == 2)          // 0..10 exact; 20..30 ~ 22..30 (8 of 10, 8 of 8)
        #expect(pair.exactF1 == 2.0 / 6 && pair.looseF1 == 4.0 / 6)
        // (refuted, refuted), (supported, refuted): po = 1/2, pe = 1/2·1 + 1/2·0 = 1/2 → kappa 0
        #expect(pair.statusKappa == 0)
        #expect(pair.speakerAgreement == 0.5)                           // Zhou = zhou (one entity); Xi ≠ none
        // units [r, r], [s, r]: o_rr = 2, o_rs = o_sr = 1; n_r = 3, n_s = 1, n = 4 → 1 − 3·2 / (16 − 10) = 0
        #expect(report.statusAlpha == 0)
    }

    @Test func jsonHasExactlyTheContractKeysRoundedToFourDecimals() {
        let report = AgreementReport(documents: [LayeredDocument(docID: 1, text: Self.text, layers: ["ana": Self.layerA, "ben": Self.layerB])])
        let pairs = #"[{"a":"ana","b":"ben","claims_a":3,"claims_b":3,"matched":2,"exact_f1":0.3333,"loose_f1":0.6667,"status_kappa":0.0,"speaker_agreement":0.5}]"#
        #expect(report.json.hasPrefix(#"{"documents":1,"reviewers":["ana","ben"],"pairs":"# + pairs + #","status_alpha":0.0,"token_alpha":"#))
    }

    @Test func kappaByHand() {
        // po = 3/4; A: a 1/2, b 1/2; B: a 1/4, b 3/4 → pe = 1/8 + 3/8 = 1/2 → (3/4 − 1/2) / (1/2) = 0.5
        #expect(CohenKappa.of([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == 0.5)
        #expect(CohenKappa.of([("a", "b"), ("b", "a")]) == -1)
        #expect(CohenKappa.of([("a", "a"), ("a", "b")]) == 0)           // po = pe = 1/2
    }

    @Test func kappaWithOneCategoryOrNoPairsIsUndefined() {
        #expect(CohenKappa.of([("refuted", "refuted"), ("refuted", "refuted")]) == nil)   // pe = 1: 0/0
        #expect(CohenKappa.of([]) == nil)
    }

    @Test func alphaWithMissingValuesByHand() {
        // [0,0] [1,1] [0,1] [1]: the lone value is missing data and pairs with nothing.
        // o_00 = 2, o_11 = 2, o_01 = o_10 = 1; n_0 = n_1 = 3, n = 6 → 1 − 5·2 / (36 − 18) = 4/9
        var alpha = KrippendorffAlpha(categories: 2)
        alpha.add([0, 0]); alpha.add([1, 1]); alpha.add([0, 1]); alpha.add([1])
        #expect(abs(alpha.value! - 4.0 / 9) < 1e-12)
        #expect(AgreementReport.figure(alpha.value) == "0.4444")
    }

    @Test func alphaOfAThreeValueUnitByHand() {
        // [0, 0, 1], m = 3: o_00 = 2·1/2 = 1, o_01 = o_10 = 2·1/2 = 1; n_0 = 2, n_1 = 1 → 1 − 2·2 / (9 − 5) = 0
        var alpha = KrippendorffAlpha(categories: 2)
        alpha.add([0, 0, 1])
        #expect(alpha.value == 0)
        alpha.add([1, 1], times: 2)   // o_11 += 4: n_0 = 2, n_1 = 5, n = 7 → 1 − 6·2 / (49 − 29) = 0.4
        #expect(abs(alpha.value! - 0.4) < 1e-12)
    }

    @Test func alphaIsUndefinedWithOneCategoryOrNothingPairable() {
        var one = KrippendorffAlpha(categories: 3)
        one.add([2, 2]); one.add([2, 2, 2])
        #expect(one.value == nil)
        var lone = KrippendorffAlpha(categories: 2)
        lone.add([0]); lone.add([1])
        #expect(lone.value == nil)
    }

    @Test func tokensSplitAsPythonAndTakeTheStrongestLabel() {
        let scalars = Array("Zhou said “we win” today\u{202F}now".unicodeScalars)
        let tokens = TokenLabels.tokens(of: scalars)
        #expect(tokens == [0..<4, 5..<9, 10..<13, 14..<18, 19..<24, 25..<28])   // U+202F separates, as in str.split()
        let claim = LayerClaim(span: 11..<17, speakerSpan: 0..<4, cueSpan: 3..<9)   // the cue touches "Zhou": speaker wins
        #expect(TokenLabels.labels(tokens, claims: [claim]) == [.speaker, .cue, .claim, .claim, .none, .none])
    }

    @Test func tokenAlphaByHand() {
        // "a b c d": A marks a, B marks a b (not a loose match: 1 of 3). Units (c,c) (c,n) (n,n) (n,n):
        // o_cc = 2, o_cn = o_nc = 1, o_nn = 4; n_c = 3, n_n = 5, n = 8 → 1 − 7·2 / (64 − 9 − 25) = 8/15
        let doc = LayeredDocument(docID: 1, text: "a b c d", layers: ["ana": [LayerClaim(span: 0..<1)], "ben": [LayerClaim(span: 0..<3)]])
        let report = AgreementReport(documents: [doc])
        #expect(abs(report.tokenAlpha! - 8.0 / 15) < 1e-12)
        #expect(report.pairs[0].matched == 0 && report.pairs[0].looseF1 == 0 && report.pairs[0].exactF1 == 0)
        #expect(report.pairs[0].statusKappa == nil && report.pairs[0].speakerAgreement == nil && report.statusAlpha == nil)
    }

    @Test func emptyLayers() {
        let oneEmpty = AgreementReport(documents: [LayeredDocument(docID: 1, text: "a b", layers: ["ana": [LayerClaim(span: 0..<1)], "ben": []])])
        #expect(oneEmpty.pairs[0].looseF1 == 0 && oneEmpty.pairs[0].claimsB == 0)
        #expect(oneEmpty.tokenAlpha != nil)                      // (c,n) (n,n): 1 − 3·2 / (16 − 1 − 9) = 0
        #expect(abs(oneEmpty.tokenAlpha!) < 1e-12)
        let bothEmpty = AgreementReport(documents: [LayeredDocument(docID: 1, text: "a b", layers: ["ana": [], "ben": []])])
        #expect(bothEmpty.pairs[0].exactF1 == nil && bothEmpty.pairs[0].looseF1 == nil && bothEmpty.tokenAlpha == nil)
        #expect(bothEmpty.json == #"{"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben","claims_a":0,"claims_b":0,"matched":0,"exact_f1":null,"loose_f1":null,"status_kappa":null,"speaker_agreement":null}],"status_alpha":null,"token_alpha":null}"#)
    }

    @Test func looseMatchingIsOneToOneLargestIntersectionFirst() {
        // a0 = 0..10 could take b0 = 0..6 (6) or b1 = 2..10 (8); it takes b1; a1 = 0..6 then takes b0.
        #expect(SpanMatcher.loosePairs([0..<10, 0..<6], [0..<6, 2..<10]).map { [$0.0, $0.1] } == [[0, 1], [1, 0]])
        // exactly half of each matches; less than half of either does not
        #expect(SpanMatcher.loosePairs([0..<4], [2..<6]).count == 1)
        #expect(SpanMatcher.loosePairs([0..<4], [2..<7]).isEmpty)
    }

    @Test func threeReviewersLinkMatchesIntoOneUnit() {
        // All three mark 0..10 (refuted, refuted, supported): one unit [r, r, s]:
        // o_rr = 2·1/2 = 1, o_rs = o_sr = 2·1/2 = 1; n_r = 2, n_s = 1 → 1 − 2·2 / (9 − 5) = 0
        let claim = { (status: String) in [LayerClaim(span: 0..<10, status: status)] }
        let report = AgreementReport(documents: [LayeredDocument(docID: 1, text: Self.text, layers: ["ana": claim("refuted"), "ben": claim("refuted"), "cy": claim("supported")])])
        #expect(report.pairs.map { "\($0.a)-\($0.b)" } == ["ana-ben", "ana-cy", "ben-cy"])
        #expect(report.statusAlpha == 0)
        #expect(report.pairs[0].statusKappa == nil && report.pairs[1].statusKappa == 0)   // ana-ben: one category
    }

    @Test func reviewersOptionChoosesAndOrdersThePairs() {
        let doc = LayeredDocument(docID: 1, text: Self.text, layers: ["ana": Self.layerA, "ben": Self.layerB, "cy": []])
        let report = AgreementReport(documents: [doc], reviewers: ["ben", "ana"])
        #expect(report.reviewers == ["ben", "ana"] && report.pairs.count == 1 && report.pairs[0].a == "ben")
        #expect(report.pairs[0].claimsA == 3 && report.pairs[0].matched == 2)
        #expect(AgreementReport(documents: [doc], reviewers: ["ana", "zed"]).documents == 0)   // zed has no layer here
    }

    @Test func identicalLayersAgreeFully() {
        var random = SplitMix64(seed: 10)
        let statuses = VerificationStatus.allCases.map(\.rawValue)
        for _ in 0..<50 {
            var claims: [LayerClaim] = []
            var start = random.below(5)
            for _ in 0..<(2 + random.below(20)) {
                let end = start + 1 + random.below(30)
                if claims.contains(where: { $0.span == start..<end }) { continue }   // a layer never marks a span twice
                claims.append(LayerClaim(span: start..<end, status: statuses[random.below(statuses.count)],
                                         speaker: random.below(2) == 0 ? nil : "S\(random.below(3))",
                                         speakerSpan: end + 1 < 600 ? end..<end + 1 : nil))
                start = end - random.below(end - start)   // overlapping and nested spans too
            }
            let text = String(repeating: "ab c ", count: 200)
            let report = AgreementReport(documents: [LayeredDocument(docID: 1, text: text, layers: ["ana": claims, "ben": claims, "cy": claims])])
            for pair in report.pairs {
                #expect(pair.exactF1 == 1 && pair.looseF1 == 1 && pair.speakerAgreement == 1)
                #expect(pair.statusKappa == (Set(claims.map(\.status)).count > 1 ? 1 : nil))
            }
            #expect(report.tokenAlpha == 1)
            #expect(report.statusAlpha == (Set(claims.map(\.status)).count > 1 ? 1 : nil))
        }
    }
}
