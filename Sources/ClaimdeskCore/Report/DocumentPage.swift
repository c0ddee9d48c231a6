/// One document's page: its text exactly as imported with every claim highlighted, a side panel
/// for the selected claim's provenance, filters, the claims' notes, and the claims as JSON.
///
/// The text is one `white-space: pre-wrap` block, so paragraphs and line ends stay as imported
/// and the block's `textContent` equals the document (carriage returns written as `&#13;`).
/// Overlapping claims, speaker mentions and cues are cut into flat pieces (``PieceSplitter``).
///
/// Contract for tools: every piece of a claim is a `<mark>` whose `data-claim` lists the numbers
/// of the claims it belongs to, space-separated (`data-mention` and `data-cue` likewise name the
/// claims whose speaker mention or cue it is); the pieces of a claim, in document order, hold
/// exactly the claim's text. `<script type="application/json" id="claims-data">` holds
/// `{"document": {…}, "claims": [{"number": 3, "record": {…}}]}`, each record the claim's line
/// of `export --with-history`.
///
/// ```swift
/// DocumentPage(document: document, text: text, records: records).html
/// ```
struct DocumentPage {
    let document: Document
    let text: DocumentText
    /// The document's claims in export order, with their events.
    let records: [ExportRecord]

    static func fileName(of document: Document) -> String { "doc-\(document.id).html" }

    var html: String {
        var body = header + filters
        body += "<main class=\"layout\">\n<div id=\"text\" class=\"text\">" + highlightedText + "</div>\n"
        body += "<aside id=\"panel\" tabindex=\"-1\" aria-live=\"polite\" aria-label=\"Selected claim\">" + Self.hint + "</aside>\n</main>\n"
        body += "<template id=\"panel-hint\">" + Self.hint + "</template>\n"
        body += "<section id=\"notes\"><h2>Claims in this document</h2>\n<ol class=\"notes\">\n"
        for record in records { body += ClaimNote(record: record).html }
        body += "</ol></section>\n"
        body += "<script type=\"application/json\" id=\"claims-data\">" + ScriptJSON.embed(json) + "</script>\n"
        return HTMLPage(title: document.title, body: body, withScript: true, language: document.language).html
    }

    private static let hint = "<p class=\"hint\">Select a highlighted claim (click it, or Tab to it and press Enter) to see its speaker, sources, status, evidence, review and history. Select it again for the next claim around the same words; Escape closes.</p>"

    private var header: String {
        var facts = ["document \(document.id)", "version \(document.version)", "\(document.length) characters", "\(records.count.counted("claim"))"]
        if let outlet = document.outlet { facts.insert(HTMLEscaper.escape(outlet), at: 0) }
        if let published = document.published { facts.insert("published " + HTMLEscaper.escape(published), at: 0) }
        if let url = document.url { facts.append(WebLink.html(url)) }
        return """
            <p class="screen-only"><a href="index.html">← All documents</a></p>
            <h1>\(HTMLEscaper.escape(document.title))</h1>
            <p class="meta">\(facts.joined(separator: " · "))<br><span class="muted">sha256 \(document.sha256)</span></p>

            """
    }

    private var filters: String {
        var counts: [VerificationStatus: Int] = [:]
        var speakers = Set<String>(), reviewers = Set<String>()
        for record in records {
            counts[record.status, default: 0] += 1
            if let speaker = record.speaker { speakers.insert(speaker) }
            reviewers.formUnion(Self.reviewers(of: record))
        }
        var html = "<form id=\"filters\" aria-label=\"Filter claims\"><fieldset><legend>Status</legend>"
        for status in VerificationStatus.allCases {
            guard let count = counts[status] else { continue }
            let style = StatusStyle(status)
            html += "<label><input type=\"checkbox\" name=\"status\" value=\"\(status.rawValue)\" checked> <span class=\"chip \(style.cssClass)\">\(style.label)</span> \(count)</label>"
        }
        html += "</fieldset>" + Self.select("speaker", "Speaker", speakers) + Self.select("reviewer", "Reviewer", reviewers)
        html += "<output id=\"shown\">\(records.count) of \(records.count) claims shown</output></form>\n"
        html += "<p class=\"legend screen-only\">Each claim starts with its number and status; its status also shows as colour and underline (dotted unverified, solid supported, dashed mixed or not enough evidence, wavy misleading or refuted, double not checkable). Hatching: words inside more than one claim. <span class=\"mention\">Bold, double underline</span>: the speaker named; <span class=\"cue\">italic, dashed</span>: the cue.</p>\n"
        return html
    }

    private static func select(_ name: String, _ label: String, _ values: Set<String>) -> String {
        let options = values.sorted().map { "<option value=\"\(HTMLEscaper.escape($0))\">\(HTMLEscaper.escape($0))</option>" }.joined()
        return "<label>\(label) <select name=\"\(name)\"><option value=\"\">any</option>\(options)</select></label>"
    }

    /// Everyone who made, changed, reviewed or added evidence to a claim.
    static func reviewers(of record: ExportRecord) -> Set<String> {
        var names: Set<String> = [record.createdBy, record.updatedBy]
        for event in record.events ?? [] { names.insert(event.reviewer) }
        for item in record.evidence { names.insert(item.reviewer) }
        return names
    }

    private var highlightedText: String {
        var splitter = PieceSplitter()
        var byNumber: [Int64: ExportRecord] = [:]
        for record in records {
            let number = record.number ?? 0
            byNumber[number] = record
            splitter.addClaim(number, fragments: record.pieces)
            if let start = record.speakerStart, let end = record.speakerEnd { splitter.addMention(of: number, start..<end) }
            if let start = record.cueStart, let end = record.cueEnd { splitter.addCue(of: number, start..<end) }
        }
        var html = ""
        html.reserveCapacity(text.string.utf8.count * 2)
        var cursor = 0
        var labelled = Set<Int64>()
        for piece in splitter.pieces {
            html += HTMLEscaper.escape(text.slice(cursor..<piece.range.lowerBound))
            let starting = piece.claims.filter { byNumber[$0]!.start == piece.range.lowerBound && !labelled.contains($0) }
            labelled.formUnion(starting)
            html += openingTag(piece, starting: starting, byNumber)
            html += HTMLEscaper.escape(text.slice(piece.range))
            html += piece.claims.isEmpty ? "</span>" : "</mark>"
            cursor = piece.range.upperBound
        }
        html += HTMLEscaper.escape(text.slice(cursor..<text.count))
        return html
    }

    private func openingTag(_ piece: PieceSplitter.Piece, starting: [Int64], _ byNumber: [Int64: ExportRecord]) -> String {
        var classes: [String] = []
        var attributes = ""
        if !piece.mentions.isEmpty {
            classes.append("mention")
            attributes += " data-mention=\"\(Self.list(piece.mentions, " "))\""
        }
        if !piece.cues.isEmpty {
            classes.append("cue")
            attributes += " data-cue=\"\(Self.list(piece.cues, " "))\""
        }
        guard let innermost = piece.claims.min(by: { byNumber[$0]!.end - byNumber[$0]!.start < byNumber[$1]!.end - byNumber[$1]!.start }) else {
            return "<span class=\"\(classes.joined(separator: " "))\"\(attributes)>"
        }
        classes.insert(StatusStyle(byNumber[innermost]!.status).cssClass, at: 0)
        if piece.claims.count > 1 { classes.append("deep") }
        if !starting.isEmpty {
            classes.append("first")
            let labels = starting.map { "\($0) \(StatusStyle(byNumber[$0]!.status).label)" }
            attributes += " data-label=\"\(labels.joined(separator: " · "))\" data-notes=\"\(Self.list(starting, ", "))\""
            attributes += " tabindex=\"0\" role=\"button\" aria-label=\"claim \(labels.joined(separator: "; claim "))\""
        }
        return "<mark class=\"\(classes.joined(separator: " "))\" data-claim=\"\(Self.list(piece.claims, " "))\"\(attributes)>"
    }

    private static func list(_ numbers: [Int64], _ separator: String) -> String {
        numbers.map(String.init).joined(separator: separator)
    }

    /// The embedded copy: the document's identity and each claim's `export --with-history` record.
    private var json: [UInt8] {
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.key("document")
        json.beginObject()
        json.field("id", Int(document.id))
        json.field("uid", document.uid)
        json.field("title", document.title)
        json.field("sha256", document.sha256)
        json.field("url", document.url)
        json.endObject()
        var bytes = json.bytes + Array(#","claims":["#.utf8)
        for (index, record) in records.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += Array(#"{"number":\#(record.number ?? 0),"record":"#.utf8)
            JSONLExportFormat().append(record, index: index, to: &bytes)
            bytes.removeLast()
            bytes.append(UInt8(ascii: "}"))
        }
        return bytes + Array("]}".utf8)
    }
}
