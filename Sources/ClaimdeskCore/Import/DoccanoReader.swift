import Foundation

/// Reads doccano's sequence-labelling JSONL: `{"text": …, "label": [[start, end, "LABEL"], …]}`
/// or `{"text": …, "entities": [{"start_offset": …, "end_offset": …, "label": …}]}`.
///
/// Offsets are code points, as in doccano. Spans whose label maps to `claim` become claims; each
/// takes the nearest `speaker` span as its speaker (the mention's text as the name, its span as
/// the mention) and the nearest `cue` span as its cue. See https://doccano.github.io/doccano/
enum DoccanoReader {
    private struct Labeled { let start: Int; let end: Int; let role: LabelMap.Role }

    static func read(path: String, map: LabelMap) throws(ClaimdeskError) -> [ImportedClaim] {
        var found: [ImportedClaim] = []
        for (index, line) in try AnnotationFile.text(path).split(separator: "\n").enumerated() {
            let origin = "\((path as NSString).lastPathComponent):\(index + 1)"
            guard let data = line.data(using: .utf8), let record = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let text = record["text"] as? String else {
                throw .badInput("\(origin) is not a doccano record with \"text\"; export from doccano as JSONL")
            }
            found += try claims(in: text, spans: try labeled(record, map: map, origin: origin), origin: origin)
        }
        return found
    }

    private static func labeled(_ record: [String: Any], map: LabelMap, origin: String) throws(ClaimdeskError) -> [Labeled] {
        let raw: [(Int, Int, String)]
        if let labels = record["label"] as? [[Any]] {
            raw = labels.compactMap { item in
                guard item.count == 3, let start = item[0] as? Int, let end = item[1] as? Int, let label = item[2] as? String else { return nil }
                return (start, end, label)
            }
        } else {
            raw = ((record["entities"] as? [[String: Any]]) ?? []).compactMap { entity in
                guard let start = entity["start_offset"] as? Int, let end = entity["end_offset"] as? Int, let label = entity["label"] as? String else { return nil }
                return (start, end, label)
            }
        }
        return try raw.map { span throws(ClaimdeskError) in Labeled(start: span.0, end: span.1, role: try map.role(of: span.2, origin: origin)) }
    }

    private static func claims(in string: String, spans: [Labeled], origin: String) throws(ClaimdeskError) -> [ImportedClaim] {
        let text = DocumentText(string)
        return try spans.filter { $0.role == .claim }.map { span throws(ClaimdeskError) in
            guard span.start >= 0, span.end <= text.count, span.start < span.end else {
                throw .badInput("\(origin): span \(span.start)..\(span.end) is outside the text (\(text.count) code points)")
            }
            var state = ClaimState(doc: 0, start: span.start, end: span.end, text: text.slice(span.start..<span.end))
            if let speaker = nearest(.speaker, to: span, in: spans) {
                state.speaker = text.slice(speaker.start..<speaker.end)
                (state.speakerStart, state.speakerEnd) = (speaker.start, speaker.end)
            }
            if let cue = nearest(.cue, to: span, in: spans) {
                state.cue = text.slice(cue.start..<cue.end)
                (state.cueStart, state.cueEnd) = (cue.start, cue.end)
            }
            return ImportedClaim(origin: origin, docText: string, state: state)
        }
    }

    private static func nearest(_ role: LabelMap.Role, to claim: Labeled, in spans: [Labeled]) -> Labeled? {
        spans.filter { $0.role == role }.min { distance($0, claim) < distance($1, claim) }
    }

    private static func distance(_ a: Labeled, _ b: Labeled) -> Int {
        a.end <= b.start ? b.start - a.end : (b.end <= a.start ? a.start - b.end : 0)
    }
}
