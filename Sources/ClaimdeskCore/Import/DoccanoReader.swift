import Foundation

/// Reads doccano's sequence-labelling JSONL: `{"text": …, "label": [[start, end, "LABEL"], …]}`
/// or `{"text": …, "entities": [{"start_offset": …, "end_offset": …, "label": …}, …]}`.
///
/// Offsets are code points of `text` (Python `str` indices, as doccano's exports count them).
/// Spans whose label maps to `claim` become claims of the project document with exactly that
/// text; each takes the nearest `speaker` span as its speaker (the mention's text as the name,
/// its span as the mention) and the nearest `cue` span as its cue. A span that is not
/// `[start, end, label]`, an unknown label or an offset outside the text is an error.
/// See https://doccano.github.io/doccano/
///
/// ```swift
/// try DoccanoReader.forEach(path: "doccano.jsonl", map: LabelMap.parse("QUOTE=claim,PER=speaker")) { claim in … }
/// ```
enum DoccanoReader {
    private struct Labeled { let range: Range<Int>; let role: LabelMap.Role }

    /// Calls `body` with each claim, a line (one document) at a time.
    static func forEach(path: String, map: LabelMap, progress: ProgressLine? = nil, _ body: (ImportedClaim) throws -> Void) throws {
        try AnnotationFile.forEachLine(path, progress: progress) { number, line in
            let origin = AnnotationFile.origin(path, line: number)
            guard let record = JSONLineParser.parse(line) as? [String: Any],
                  let text = record["text"] as? String else {
                throw ClaimdeskError.badInput("\(origin) is not a doccano record with \"text\"; export from doccano as JSONL")
            }
            let document = DocumentText(text)
            for claim in claims(in: document, spans: try labeled(record, map: map, count: document.count, origin: origin), origin: origin) {
                try body(claim)
            }
        }
    }

    private static func labeled(_ record: [String: Any], map: LabelMap, count: Int, origin: String) throws(ClaimdeskError) -> [Labeled] {
        let items = try spans(record, origin: origin)
        return try items.map { start, end, label throws(ClaimdeskError) in
            guard 0 <= start, start < end, end <= count else {
                throw .badInput("\(origin): span \(start)..\(end) (\(label)) is outside the text (\(count) code points) or empty")
            }
            return Labeled(range: start..<end, role: try map.role(of: label, origin: origin))
        }
    }

    /// The `(start, end, label)` of every span, in either of doccano's layouts.
    private static func spans(_ record: [String: Any], origin: String) throws(ClaimdeskError) -> [(Int, Int, String)] {
        let layout = "[start, end, \"LABEL\"] in \"label\" or {start_offset, end_offset, label} in \"entities\""
        if let labels = record["label"] {
            guard let list = labels as? [[Any]] else { throw .badInput("\(origin): \"label\" is not a list of \(layout)") }
            return try list.map { item throws(ClaimdeskError) in
                guard item.count == 3, let start = item[0] as? Int, let end = item[1] as? Int, let label = item[2] as? String else {
                    throw .badInput("\(origin): a span is not \(layout)")
                }
                return (start, end, label)
            }
        }
        guard let entities = (record["entities"] ?? []) as? [[String: Any]] else { throw .badInput("\(origin): \"entities\" is not a list of \(layout)") }
        return try entities.map { entity throws(ClaimdeskError) in
            guard let start = entity["start_offset"] as? Int, let end = entity["end_offset"] as? Int, let label = entity["label"] as? String else {
                throw .badInput("\(origin): an entity is not \(layout)")
            }
            return (start, end, label)
        }
    }

    private static func claims(in text: DocumentText, spans: [Labeled], origin: String) -> [ImportedClaim] {
        let speakers = spans.filter { $0.role == .speaker }.map(\.range)
        let cues = spans.filter { $0.role == .cue }.map(\.range)
        return spans.filter { $0.role == .claim }.map { span in
            var state = ClaimState(doc: 0, start: span.range.lowerBound, end: span.range.upperBound, text: text.slice(span.range))
            if let index = NearestLabel.index(of: speakers, nearest: span.range) {
                (state.speaker, state.speakerStart, state.speakerEnd) = (text.slice(speakers[index]), speakers[index].lowerBound, speakers[index].upperBound)
            }
            if let index = NearestLabel.index(of: cues, nearest: span.range) {
                (state.cue, state.cueStart, state.cueEnd) = (text.slice(cues[index]), cues[index].lowerBound, cues[index].upperBound)
            }
            return ImportedClaim(origin: origin, docText: text.string, state: state)
        }
    }
}
