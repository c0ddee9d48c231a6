/// brat standoff for one document: the `.ann` lines of its claims, speakers, cues, statuses and notes.
///
/// brat offsets are characters (code points) of the `.txt`, and a text-bound span may not cross a
/// line end, so a claim over several lines is written as fragments `start end;start end`.
/// A speaker mention or cue shared by several claims is one entity. See
/// https://brat.nlplab.org/standoff.html
struct BratDocumentWriter {
    let text: DocumentText
    private(set) var lines: [String] = []
    private var entities: [String: String] = [:]
    private var counters = (t: 0, r: 0, a: 0, note: 0)

    init(text: DocumentText) {
        self.text = text
    }

    mutating func add(_ record: ExportRecord) {
        let claim = entity("Claim", record.start..<record.end)
        if let start = record.speakerStart, let end = record.speakerEnd {
            relation("Attribution", claim, entity("Speaker", start..<end))
        }
        if let start = record.cueStart, let end = record.cueEnd {
            relation("CueOf", claim, entity("Cue", start..<end))
        }
        counters.a += 1
        lines.append("A\(counters.a)\tStatus \(claim) \(record.status.rawValue)")
        counters.note += 1
        lines.append("#\(counters.note)\tAnnotatorNotes \(claim)\t\(notes(record))")
    }

    private mutating func entity(_ type: String, _ span: Range<Int>) -> String {
        let key = "\(type) \(span.lowerBound) \(span.upperBound)"
        if let known = entities[key] { return known }
        counters.t += 1
        let id = "T\(counters.t)"
        let fragments = fragments(of: span)
        let shown = fragments.map { text.slice($0) }.joined(separator: " ")
        lines.append("\(id)\t\(type) \(fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";"))\t\(shown)")
        entities[key] = id
        return id
    }

    private mutating func relation(_ type: String, _ from: String, _ to: String) {
        counters.r += 1
        lines.append("R\(counters.r)\t\(type) Arg1:\(from) Arg2:\(to)")
    }

    /// The parts of a span between line ends, without the line ends themselves.
    private func fragments(of span: Range<Int>) -> [Range<Int>] {
        var fragments: [Range<Int>] = []
        var start = span.lowerBound
        for index in span where text.scalars[index] == "\n" || text.scalars[index] == "\r" {
            if index > start { fragments.append(start..<index) }
            start = index + 1
        }
        if span.upperBound > start { fragments.append(start..<span.upperBound) }
        return fragments
    }

    /// One line of notes: id, speaker, sources and rationale (tabs and line ends become spaces).
    private func notes(_ record: ExportRecord) -> String {
        var parts = ["id: \(record.id)"]
        if let speaker = record.speaker { parts.append("speaker: \(speaker)") }
        if !record.sources.isEmpty { parts.append("sources: " + record.sources.map { source in source.via.map { "\(source.name) (\($0))" } ?? source.name }.joined(separator: " › ")) }
        if let rationale = record.rationale { parts.append("rationale: \(rationale)") }
        return parts.joined(separator: "; ").map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined()
    }

    /// The `annotation.conf` that goes with these files.
    static let configuration = """
        [entities]
        Claim
        Speaker
        Cue
        [relations]
        Attribution\tArg1:Claim, Arg2:Speaker
        CueOf\tArg1:Claim, Arg2:Cue
        [events]
        [attributes]
        Status\tArg:Claim, Value:\(VerificationStatus.allCases.map(\.rawValue).joined(separator: "|"))

        """
}
