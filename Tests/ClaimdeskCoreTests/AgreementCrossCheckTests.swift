import Foundation
import Testing
@testable import ClaimdeskCore

/// Kappa and alpha against independent implementations: NLTK's `nltk.metrics.agreement` and the
/// `krippendorff` package (Tests/Agreement/cross_check.py), on random layers where a third reviewer
/// annotated only some documents (missing values). Skips, saying so, when either module is missing.
@Suite struct AgreementCrossCheckTests {
    static let script = SampleArticle.repositoryRoot.appendingPathComponent("Tests/Agreement/cross_check.py").path
    static let available = (try? Subprocess.run(["python3", "-c", "import nltk, krippendorff"]).status) == 0

    @Test(.enabled(if: available, "nltk or krippendorff is missing (python3 -m pip install nltk krippendorff)"))
    func kappaAndAlphaMatchNLTKAndKrippendorff() throws {
        var random = SplitMix64(seed: 2021)
        let statuses = ["refuted", "supported", "mixed"]
        var documents: [LayeredDocument] = []
        for docID in 1...12 {
            let text = (0..<120).map { _ in String(repeating: "x", count: 1 + random.below(6)) }.joined(separator: random.below(4) == 0 ? "\u{202F}" : " ")
            let length = text.unicodeScalars.count
            func layer(_ base: [LayerClaim]) -> [LayerClaim] {
                base.compactMap { claim in
                    guard random.below(6) > 0 else { return nil }   // sometimes unmarked
                    let start = max(0, claim.span.lowerBound + random.below(5) - 2)
                    let end = min(length, max(start + 1, claim.span.upperBound + random.below(5) - 2))
                    return LayerClaim(span: start..<end, status: random.below(3) == 0 ? statuses[random.below(3)] : claim.status,
                                      speakerSpan: claim.speakerSpan, cueSpan: random.below(2) == 0 ? claim.cueSpan : nil)
                }
            }
            let base = (0..<8).map { i -> LayerClaim in
                let start = i * length / 8 + random.below(10)
                return LayerClaim(span: start..<min(length, start + 5 + random.below(40)), status: statuses[random.below(3)],
                                  speakerSpan: start > 8 ? start - 8..<start - 4 : nil, cueSpan: start > 3 ? start - 3..<start - 1 : nil)
            }
            var layers = ["ana": layer(base), "ben": layer(base)]
            if docID % 2 == 0 { layers["cy"] = layer(base) }
            documents.append(LayeredDocument(docID: Int64(docID), text: text, layers: layers))
        }
        let pair = AgreementReport(documents: documents, reviewers: ["ana", "ben"])
        let all = AgreementReport(documents: documents)
        let input: [String: Any] = [
            "kappa_pairs": pair.pairs[0].statusPairs.map { [$0.a, $0.b] },
            "status_matrix": [pair.pairs[0].statusPairs.map(\.a), pair.pairs[0].statusPairs.map(\.b)],
            "token_matrix": Self.tokenMatrix(documents, reviewers: all.reviewers),
        ]
        let run = try Subprocess.run(["python3", Self.script], stdin: String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self))
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Double]
        #expect(pair.pairs[0].matched > 50)
        #expect(abs(pair.pairs[0].statusKappa! - expected["kappa"]!) < 1e-9)
        #expect(abs(pair.statusAlpha! - expected["status_alpha"]!) < 1e-9)
        #expect(abs(pair.statusAlpha! - expected["status_alpha_nltk"]!) < 1e-9)
        #expect(abs(all.tokenAlpha! - expected["token_alpha"]!) < 1e-9)
    }

    /// Coders × tokens of every document, nil where a coder has no layer of the document.
    static func tokenMatrix(_ documents: [LayeredDocument], reviewers: [String]) -> [[Any]] {
        reviewers.map { reviewer in
            documents.flatMap { doc -> [Any] in
                let tokens = TokenLabels.tokens(of: doc.scalars)
                guard let claims = doc.layers[reviewer] else { return tokens.map { _ in NSNull() } }
                return TokenLabels.labels(tokens, claims: claims).map { "\($0)" }
            }
        }
    }
}
