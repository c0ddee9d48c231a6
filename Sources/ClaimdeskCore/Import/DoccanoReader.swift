import Foundation

/// Reads doccano's sequence-labelling JSONL: `{"text": …, "label": [[start, end, "LABEL"], …]}`
/// or `{"text": …, "entities": [{"start_offset": …, "end_offset": …, "label": …}, …]}`.
///
/// Offsets are code points of `text` (Python `str` indices, as doccano's exports count them).
/// Spans whose label maps to `claim` become claims of the project document with exactly that
/// text; each takes the nearest `speaker` span as its speaker (the mention's text as the name,
/// its span as the mention) and the nearest `cue` span as its cue. A span that is not
/// `[start, end, label]`, an unknown label or an offset outside the text is an error.
///
/// doccano has no discontinuous spans: in its relation layout (`entities` with `id`s and
/// `relations` `{from_id, to_id, type}`), claim spans joined by relations of type `fragment` are the
/// pieces of one claim (`“X,” she said, “Y.”`: X and Y labelled as claims, one `fragment` relation).
/// See https://doccano.github.io/doccano/
///
/// ```swift
/// try DoccanoReader.forEach(path: "doccano.jsonl", map: LabelMap.parse("QUOTE=claim,PER=speaker")) { claim in … }
/// ```
enum DoccanoReader {
    private struct Labeled { let range: Range<Int>; let role: LabelMap.Role; var id: Int? = nil }

    /// The relation type that joins claim spans into one discontinuous claim.
    static let fragmentRelation = "fragment"

    /// Calls `body` with each claim, a line (one document) at a time.
    static func forEach(path: String, map: LabelMap, progress: ProgressLine? = nil, _ body: (ImportedClaim) throws -> Void) throws {
        let fileName = AnnotationFile.fileName(path)
        try AnnotationFile.forEachLine(path, progress: progress) { number, line in
            let origin = AnnotationFile.origin(fileName: fileName, line: number)
            guard let record = JSONLineParser.parse(line) as? [String: Any],
                  let text = record["text"] as? String else {
                throw ClaimdeskError.badInput("\(origin) is not a doccano record with \"text\"; export from doccano as JSONL")
            }
            let document = DocumentText(text)
            let spans = try labeled(record, map: map, count: document.count, origin: origin)
            for claim in try claims(in: document, spans: spans, pieces: try joined(spans, record, origin: origin), origin: origin) {
                try body(claim)
            }
        }
    }

    private static func labeled(_ record: [String: Any], map: LabelMap, count: Int, origin: String) throws(ClaimdeskError) -> [Labeled] {
        let items = try spans(record, origin: origin)
        return try items.map { start, end, label, id throws(ClaimdeskError) in
            guard 0 <= start, start < end, end <= count else {
                throw .badInput("\(origin): span \(start)..\(end) (\(label)) is outside the text (\(count.counted("code point"))) or empty")
            }
            return Labeled(range: start..<end, role: try map.role(of: label, origin: origin), id: id)
        }
    }

    /// The claims' pieces: each claim span alone, or with those `fragment` relations join it to, in
    /// order; claims in the file's order of their first span.
    private static func joined(_ spans: [Labeled], _ record: [String: Any], origin: String) throws(ClaimdeskError) -> [[Range<Int>]] {
        let claims = spans.filter { $0.role == .claim }
        var group = Array(claims.indices)
        func root(_ index: Int) -> Int { group[index] == index ? index : root(group[index]) }
        for relation in (record["relations"] as? [[String: Any]] ?? []) where (relation["type"] as? String)?.lowercased() == fragmentRelation {
            let ends = [relation["from_id"], relation["to_id"]].map { id in claims.firstIndex { $0.id != nil && $0.id == id as? Int } }
            guard let from = ends[0], let to = ends[1] else {
                throw .badInput("\(origin): a \(fragmentRelation) relation joins an entity that is not a claim span; \(fragmentRelation) relations join the pieces of one claim")
            }
            group[root(from)] = root(to)
        }
        let groups = Dictionary(grouping: claims.indices, by: root).values.sorted { $0[0] < $1[0] }
        return groups.map { $0.map { claims[$0].range }.sorted { $0.lowerBound < $1.lowerBound } }
    }

    /// The `(start, end, label, id)` of every span, in either of doccano's layouts.
    private static func spans(_ record: [String: Any], origin: String) throws(ClaimdeskError) -> [(Int, Int, String, Int?)] {
        let layout = "[start, end, \"LABEL\"] in \"label\" or {start_offset, end_offset, label} in \"entities\""
        if let labels = record["label"] {
            guard let list = labels as? [[Any]] else { throw .badInput("\(origin): \"label\" is not a list of \(layout)") }
            return try list.map { item throws(ClaimdeskError) in
                guard item.count == 3, let start = item[0] as? Int, let end = item[1] as? Int, let label = item[2] as? String else {
                    throw .badInput("\(origin): a span is not \(layout)")
                }
                return (start, end, label, nil)
            }
        }
        guard let entities = (record["entities"] ?? []) as? [[String: Any]] else { throw .badInput("\(origin): \"entities\" is not a list of \(layout)") }
        return try entities.map { entity throws(ClaimdeskError) in
            guard let start = entity["start_offset"] as? Int, let end = entity["end_offset"] as? Int, let label = entity["label"] as? String else {
                throw .badInput("\(origin): an entity is not \(layout)")
            }
            return (start, end, label, entity["id"] as? Int)
        }
    }

    private static func claims(in text: DocumentText, spans: [Labeled], pieces: [[Range<Int>]], origin: String) throws(ClaimdeskError) -> [ImportedClaim] {
        let speakers = spans.filter { $0.role == .speaker }.map(\.range)
        let cues = spans.filter { $0.role == .cue }.map(\.range)
        return try pieces.map { pieces throws(ClaimdeskError) in
            let span = pieces[0].lowerBound..<pieces.last!.upperBound
            var state = ClaimState(doc: 0, start: span.lowerBound, end: span.upperBound, text: text.slice(span))
            state.fragments = try ClaimFragments.normalized(pieces, covering: span, origin: origin)
            if let index = NearestLabel.index(of: speakers, nearest: span) {
                (state.speaker, state.speakerStart, state.speakerEnd) = (text.slice(speakers[index]), speakers[index].lowerBound, speakers[index].upperBound)
            }
            if let index = NearestLabel.index(of: cues, nearest: span) {
                (state.cue, state.cueStart, state.cueEnd) = (text.slice(cues[index]), cues[index].lowerBound, cues[index].upperBound)
            }
            return ImportedClaim(origin: origin, docText: text.string, state: state)
        }
    }
}
