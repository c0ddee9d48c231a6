import Foundation

/// Inter-annotator agreement over documents in n-fold annotation: per pair of reviewers, span F1
/// (exact and loose), Cohen's kappa on status and speaker agreement; overall, Krippendorff's alpha on
/// the status of matched claims and on token labels.
///
/// Only documents with at least two of the chosen reviewers assigned count. Claims are "matched"
/// across all reviewers when loose matches link them (a chain of pairwise matches is one unit).
///
/// ```swift
/// let report = AgreementReport(documents: layered, reviewers: ["ana", "ben"])
/// print(report.json)   // {"documents":1,"reviewers":["ana","ben"],"pairs":[…],"status_alpha":1.0,"token_alpha":0.8}
/// ```
public struct AgreementReport: Sendable {
    public let documents: Int
    public let reviewers: [String]
    public private(set) var pairs: [PairAgreement] = []
    public let statusAlpha: Double?
    public let tokenAlpha: Double?

    /// Figures over `documents`; `reviewers` (nil: everyone with a layer, by name) sets who and in what order.
    public init(documents: [LayeredDocument], reviewers chosen: [String]? = nil) {
        let reviewers = chosen ?? Array(Set(documents.flatMap(\.layers.keys))).sorted()
        let counted = documents.filter { doc in reviewers.filter { doc.layers[$0] != nil }.count >= 2 }
        var pairs: [PairAgreement] = []
        for (i, a) in reviewers.enumerated() {
            for b in reviewers[(i + 1)...] { pairs.append(PairAgreement(a: a, b: b)) }
        }
        var statusUnits = StatusUnits()
        var tokens = KrippendorffAlpha(categories: TokenLabels.Label.allCases.count)
        for doc in counted {
            let present = reviewers.filter { doc.layers[$0] != nil }
            var links = ClaimLinks(sizes: present.map { doc.layers[$0]!.count })
            for (x, a) in present.enumerated() {
                for (y, b) in present.enumerated() where y > x {
                    let index = pairs.firstIndex { $0.a == a && $0.b == b }!
                    for (i, j) in pairs[index].add(doc.layers[a]!, doc.layers[b]!) { links.join((x, i), (y, j)) }
                }
            }
            statusUnits.add(links.units().map { unit in unit.map { doc.layers[present[$0.layer]]![$0.claim].status } })
            Self.addTokens(doc, present, to: &tokens)
        }
        self.documents = counted.count
        self.reviewers = reviewers
        self.pairs = pairs
        self.statusAlpha = statusUnits.alpha
        self.tokenAlpha = tokens.value
    }

    private static func addTokens(_ doc: LayeredDocument, _ present: [String], to alpha: inout KrippendorffAlpha) {
        let spans = TokenLabels.tokens(of: doc.scalars)
        let labels = present.map { TokenLabels.labels(spans, claims: doc.layers[$0]!) }
        for token in spans.indices {
            if labels.count == 2 {
                alpha.add(labels[0][token].rawValue, labels[1][token].rawValue)
            } else {
                alpha.add(labels.map { $0[token].rawValue })
            }
        }
    }

    /// The contract's JSON object, numbers rounded to 4 decimals, null where undefined.
    public var json: String {
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.field("documents", documents)
        json.field("reviewers", strings: reviewers)
        json.key("pairs")
        json.beginArray()
        for pair in pairs {
            json.beginObject()
            json.field("a", pair.a)
            json.field("b", pair.b)
            json.field("claims_a", pair.claimsA)
            json.field("claims_b", pair.claimsB)
            json.field("matched", pair.matched)
            json.key("exact_f1"); json.rawJSON(Self.figure(pair.exactF1))
            json.key("loose_f1"); json.rawJSON(Self.figure(pair.looseF1))
            json.key("status_kappa"); json.rawJSON(Self.figure(pair.statusKappa))
            json.key("speaker_agreement"); json.rawJSON(Self.figure(pair.speakerAgreement))
            json.endObject()
        }
        json.endArray()
        json.key("status_alpha"); json.rawJSON(Self.figure(statusAlpha))
        json.key("token_alpha"); json.rawJSON(Self.figure(tokenAlpha))
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// A figure rounded to 4 decimals as Python's `json` writes a float (`0.5`, `1.0`, `-0.3333`), or nil.
    static func figure(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") && !text.hasSuffix(".0") { text.removeLast() }
        return text == "-0.0" ? "0.0" : text
    }

    /// The figures as a table for people.
    public var lines: [String] {
        var lines = ["\(documents.counted("document")), reviewers \(reviewers.joined(separator: ", "))"]
        for pair in pairs {
            lines.append("\(pair.a) × \(pair.b): claims \(pair.claimsA)/\(pair.claimsB), matched \(pair.matched), "
                + "exact F1 \(Self.shown(pair.exactF1)), loose F1 \(Self.shown(pair.looseF1)), "
                + "status kappa \(Self.shown(pair.statusKappa)), speaker agreement \(Self.shown(pair.speakerAgreement))")
        }
        lines.append("status alpha \(Self.shown(statusAlpha)), token alpha \(Self.shown(tokenAlpha))")
        return lines
    }

    private static func shown(_ value: Double?) -> String { figure(value) ?? "n/a" }
}
