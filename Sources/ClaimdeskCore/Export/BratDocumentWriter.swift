/// brat standoff for one document: the `.ann` lines of its claims, speaker mentions, cues,
/// statuses and notes, in the offsets of its ``BratText``.
///
/// Per claim: `T` `Claim` (its own entity even when another claim has the same span), `T`
/// `Speaker` and `T` `Cue` (one entity per span, shared by the claims that use it), `R`
/// `Attribution` (claim → speaker mention) and `CueOf` (claim → cue), `A` `Status`, `A`
/// `AttributionStatus` when the attribution is not unverified (brat's absent attribute), and a `#`
/// `AnnotatorNotes` holding, as one line of compact JSON, every contract field the other lines do
/// not carry (id, speaker name and aliases, quote type, sources, rationale, evidence, tags,
/// origin, review state, who and when, history count, attribution rationale), so an import restores
/// the claim whole.
/// A span across line breaks is written as fragments (`11 22;24 39`); a span with no text
/// between line breaks cannot be written and is an error. See https://brat.nlplab.org/standoff.html
///
/// ```
/// T1	Claim 11 22;24 39	Prices rose by 12% in 2021.
/// T2	Speaker 0 3	Ana
/// R1	Attribution Arg1:T1 Arg2:T2
/// A1	Status T1 refuted
/// #1	AnnotatorNotes T1	{"id":"…","speaker":"Ana",…}
/// ```
struct BratDocumentWriter {
    let text: BratText
    private(set) var lines: [String] = []
    private var mentions: [String: String] = [:]
    private var counters = (t: 0, r: 0, a: 0, note: 0)

    /// The note's keys: the contract fields that no `T`, `R` or `A` line carries.
    static let noteKeys: Set<String> = [
        "id", "speaker", "speaker_aliases", "quote_type", "sources", "rationale", "evidence", "tags", "origin", "review_state",
        "created_by", "created_at", "updated_by", "updated_at", "history_count", "attribution_rationale",
    ]

    init(text: BratText) {
        self.text = text
    }

    /// The `.ann` file's bytes.
    var bytes: [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

    mutating func add(_ record: ExportRecord) throws(ClaimdeskError) {
        let claim = try entity("Claim", record.start..<record.end, shared: false, record)
        if let start = record.speakerStart, let end = record.speakerEnd {
            relation("Attribution", claim, try entity("Speaker", start..<end, shared: true, record))
        }
        if let start = record.cueStart, let end = record.cueEnd {
            relation("CueOf", claim, try entity("Cue", start..<end, shared: true, record))
        }
        counters.a += 1
        lines.append("A\(counters.a)\tStatus \(claim) \(record.status.rawValue)")
        if record.attribution != .unverified {
            counters.a += 1
            lines.append("A\(counters.a)\tAttributionStatus \(claim) \(record.attribution.rawValue)")
        }
        counters.note += 1
        lines.append("#\(counters.note)\tAnnotatorNotes \(claim)\t\(BratDocumentWriter.note(record))")
    }

    /// A text-bound entity for a span given in the document's offsets; its id.
    private mutating func entity(_ type: String, _ span: Range<Int>, shared: Bool, _ record: ExportRecord) throws(ClaimdeskError) -> String {
        let key = "\(type) \(span.lowerBound) \(span.upperBound)"
        if shared, let known = mentions[key] { return known }
        let bratSpan = text.offset(original: span.lowerBound)..<text.offset(original: span.upperBound)
        let fragments = text.fragments(of: bratSpan)
        guard !fragments.isEmpty else {
            throw .badInput("claim \(record.id): its \(type.lowercased()) span \(span.lowerBound)..\(span.upperBound) holds only line breaks, which brat cannot annotate; move the span or export another format")
        }
        counters.t += 1
        let id = "T\(counters.t)"
        let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
        lines.append("\(id)\t\(type) \(offsets)\t\(fragments.map(text.slice).joined(separator: " "))")
        if shared { mentions[key] = id }
        return id
    }

    private mutating func relation(_ type: String, _ from: String, _ to: String) {
        counters.r += 1
        lines.append("R\(counters.r)\t\(type) Arg1:\(from) Arg2:\(to)")
    }

    /// The note: the ``noteKeys`` fields as compact JSON on one line (U+0085, U+2028 and U+2029 escaped too).
    static func note(_ record: ExportRecord) -> String {
        var json: [UInt8] = [UInt8(ascii: "{")]
        json.reserveCapacity(1024)
        for field in JSONFields.contract(record) where noteKeys.contains(field.key) {
            if json.count > 1 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "\""))
            json.append(contentsOf: field.key.utf8)
            json.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
            json.append(contentsOf: field.json)
        }
        json.append(UInt8(ascii: "}"))
        let text = String(decoding: json, as: UTF8.self)
        // JSON escapes the ASCII line breaks; only U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9) can be left.
        guard json.contains(0x85) || json.contains(0xA8) || json.contains(0xA9),
              text.unicodeScalars.contains(where: BratText.isLineBreak) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard BratText.isLineBreak(scalar) else { escaped.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(escaped)
    }
}
