/// brat standoff for one document: the `.ann` lines of its claims, speaker mentions, cues,
/// statuses and notes, in the offsets of its ``BratText``, and whatever a brat import kept in tags.
///
/// Per claim: `T` `Claim` (its own entity even when another claim has the same span), `T`
/// `Speaker` and `T` `Cue` (one entity per type and span, shared by the claims that use it), `R`
/// `Attribution` (claim → speaker mention) and `CueOf` (claim → cue), `A` `Status`, `A`
/// `AttributionStatus` when the attribution is not unverified (brat's absent attribute), and a `#`
/// `AnnotatorNotes` holding, as one line of compact JSON, every contract field the other lines do
/// not carry (id, speaker name and aliases, quote type, sources, rationale, evidence, tags,
/// origin, review state, who and when, history count, attribution rationale), so an import restores
/// the claim whole.
/// A claim imported from brat writes back what its ``BratTag`` tags remember: its types
/// (`Content`, `Source`), its events, relations and equivalences (then `Attribution`/`CueOf` are
/// written only for a speaker or cue no event or relation names), `Name=Value` tags as attributes,
/// and the attributes, normalizations and notes of its other entities; a line two claims share is
/// written once. A span across line breaks is written as fragments (`11 22;24 39`), and a
/// discontinuous claim as its fragments, each cut at line breaks; a span with no text between line
/// breaks cannot be written and is an error. See https://brat.nlplab.org/standoff.html
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
    /// Entities by `TYPE OFFSETS`, and which of them are some claim's own.
    private var mentions: [String: String] = [:]
    private var owned: Set<String> = []
    /// The bodies of the event, relation, equivalence, attribute, normalization and note lines written from tags.
    private var written: Set<String> = []
    private var counters = (t: 0, r: 0, a: 0, note: 0, e: 0, n: 0)

    init(text: BratText) {
        self.text = text
    }

    /// The `.ann` file's bytes.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// A claim's entities: the claim (its fragments), its speaker mention and cue.
    private struct Entities {
        let claim: String
        let speaker: String?
        let cue: String?
    }

    /// The id of an entity a tag names: one of the claim's, or the shared entity of that type and span.
    private mutating func id(_ reference: BratTag.Reference, _ entities: Entities, _ record: ExportRecord) throws(ClaimdeskError) -> String? {
        switch reference {
        case .claim: entities.claim
        case .speaker: entities.speaker
        case .cue: entities.cue
        case let .span(type, fragments): try entity(type, fragments, claim: false, record)
        }
    }

    mutating func add(_ record: ExportRecord) throws(ClaimdeskError) {
        let tags = record.tags
        let links = tags.compactMap(BratTag.Link.init(tag:))
        let pieces = (record.fragments ?? [record.start..<record.end]).map(bratSpan)
        let claim = try entity(BratTag.type(of: .claim, in: tags), pieces, claim: true, record)
        var speaker: String?, cue: String?
        if let start = record.speakerStart, let end = record.speakerEnd {
            speaker = try entity(BratTag.type(of: .speaker, in: tags), [bratSpan(start..<end)], claim: false, record)
            if !links.contains(where: { $0.names(.speaker) }) { relation("Attribution", claim, speaker!) }
        }
        if let start = record.cueStart, let end = record.cueEnd {
            cue = try entity(BratTag.type(of: .cue, in: tags), [bratSpan(start..<end)], claim: false, record)
            if !links.contains(where: { $0.names(.cue) }) { relation("CueOf", claim, cue!) }
        }
        counters.a += 1
        lines.append("A\(counters.a)\tStatus \(claim) \(record.status.rawValue)")
        if record.attribution != .unverified {
            counters.a += 1
            lines.append("A\(counters.a)\tAttributionStatus \(claim) \(record.attribution.rawValue)")
        }
        let entities = Entities(claim: claim, speaker: speaker, cue: cue)
        for link in links { try write(link, entities, record) }
        for tag in tags { try writeAbout(tag, entities, record) }
        counters.note += 1
        lines.append("#\(counters.note)\tAnnotatorNotes \(claim)\t\(BratDocumentWriter.note(record))")
    }

    private func bratSpan(_ span: Range<Int>) -> Range<Int> {
        text.offset(original: span.lowerBound)..<text.offset(original: span.upperBound)
    }

    /// A text-bound entity for spans in brat offsets, its id: a claim's own (another claim with the same
    /// span gets its own), or shared by every claim and tag naming that type and span.
    private mutating func entity(_ type: String, _ spans: [Range<Int>], claim: Bool, _ record: ExportRecord) throws(ClaimdeskError) -> String {
        let fragments = spans.flatMap(text.fragments)
        guard !fragments.isEmpty else {
            let (start, end) = (text.original(offset: spans.first!.lowerBound), text.original(offset: spans.last!.upperBound))
            throw .badInput("claim \(record.id): its \(claim ? "claim" : type.lowercased()) span \(start)..\(end) holds only line breaks, which brat cannot annotate; move the span or export another format")
        }
        let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
        let key = "\(type) \(offsets)"
        if let known = mentions[key], !claim || owned.insert(known).inserted { return known }
        counters.t += 1
        let id = "T\(counters.t)"
        lines.append("\(id)\t\(type) \(offsets)\t\(fragments.map(text.slice).joined(separator: " "))")
        if mentions[key] == nil { mentions[key] = id }
        if claim { owned.insert(id) }
        return id
    }

    private mutating func relation(_ type: String, _ from: String, _ to: String) {
        counters.r += 1
        lines.append("R\(counters.r)\t\(type) Arg1:\(from) Arg2:\(to)")
    }

    /// An event, relation or equivalence kept in a tag, written once however many claims keep it.
    private mutating func write(_ link: BratTag.Link, _ entities: Entities, _ record: ExportRecord) throws(ClaimdeskError) {
        var words: [String] = []
        for argument in link.arguments {
            guard let id = try id(argument.entity, entities, record) else { continue }
            words.append(argument.role.map { "\($0):\(id)" } ?? id)
        }
        switch link.kind {
        case .event:
            guard let reference = link.trigger, let trigger = try id(reference, entities, record) else { return }
            let body = "\(link.type):\(trigger)" + words.map { " " + $0 }.joined()
            guard written.insert("E " + body).inserted else { return }
            counters.e += 1
            lines.append("E\(counters.e)\t\(body)")
        case .relation:
            let body = ([link.type] + words).joined(separator: " ")
            guard written.insert("R " + body).inserted else { return }
            counters.r += 1
            lines.append("R\(counters.r)\t\(body)")
        case .equivalence:
            let body = ([link.type] + words).joined(separator: " ")
            guard written.insert("* " + body).inserted else { return }
            lines.append("*\t\(body)")
        }
    }

    /// An attribute of the claim (`Name=Value` tag) or an attribute, normalization or note of another entity.
    private mutating func writeAbout(_ tag: String, _ entities: Entities, _ record: ExportRecord) throws(ClaimdeskError) {
        if let attribute = BratTag.parseAttribute(tag) {
            counters.a += 1
            lines.append("A\(counters.a)\t\(attribute.name) \(entities.claim)" + (attribute.value.map { " " + $0 } ?? ""))
            return
        }
        guard let about = BratTag.parseAbout(tag), let target = try id(about.target, entities, record) else { return }
        let words = about.rest.split(separator: " ", maxSplits: about.kind == "N" ? 2 : 1).map(String.init)
        let body: String
        switch about.kind {
        case "A": body = ([words.first ?? "", target] + words.dropFirst()).joined(separator: " ")
        case "N": body = "\(words.first ?? "") \(target) \(words.count > 1 ? words[1] : "")" + (words.count > 2 ? "\t" + words[2] : "")
        default: body = "AnnotatorNotes \(target)\t\(about.rest)"
        }
        guard written.insert(about.kind + " " + body).inserted else { return }
        switch about.kind {
        case "A": counters.a += 1; lines.append("A\(counters.a)\t\(body)")
        case "N": counters.n += 1; lines.append("N\(counters.n)\t\(body)")
        default: counters.note += 1; lines.append("#\(counters.note)\t\(body)")
        }
    }

    /// The note: the contract fields that no `T`, `R` or `A` line carries, in contract order and encoded as the
    /// JSONL contract writes them, as compact JSON on one line (U+0085, U+2028 and U+2029 escaped too).
    static func note(_ record: ExportRecord) -> String {
        var writer = JSONWriter(capacity: 1024)
        writer.beginObject()
        writer.field("id", record.id)
        writer.field("speaker", record.speaker)
        writer.field("speaker_aliases", strings: record.speakerAliases)
        writer.field("quote_type", record.quoteType?.rawValue)
        JSONLExportFormat.appendSources(record.sources, to: &writer)
        writer.field("rationale", record.rationale)
        JSONLExportFormat.appendEvidence(record.evidence, to: &writer)
        JSONLExportFormat.appendTagsToHistory(record, to: &writer)
        writer.field("attribution_rationale", record.attributionRationale)
        writer.endObject()
        let json = writer.bytes
        let text = String(decoding: json, as: UTF8.self)
        // JSON escapes the ASCII line breaks; only U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9) can be left.
        guard json.contains(where: { $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }),
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
