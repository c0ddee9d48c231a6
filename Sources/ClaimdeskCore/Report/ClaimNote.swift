/// One claim's details as HTML: the note printed after the text, and what the side panel shows
/// when the claim is selected.
///
/// Speaker with aliases, mention and cue, the source chain nearest the speaker first with each
/// link's `via` (and whether it is the primary record), status and rationale, the attribution and
/// its rationale when checked, evidence (links only for http(s); what it bears on), tags, review state,
/// and the full history: every event with its time, reviewer, action and what it changed (the
/// words of `history`). Every user field is escaped.
///
/// ```swift
/// ClaimNote(record: record).html   // <li id="claim-3" class="note"><article class="claim-detail">…
/// ```
struct ClaimNote {
    let record: ExportRecord

    var number: Int64 { record.number ?? 0 }

    var html: String {
        let style = StatusStyle(record.status)
        var html = "<li id=\"claim-\(number)\" class=\"note\"><article class=\"claim-detail\">\n"
        html += "<h3>Claim \(number) <span class=\"label \(style.cssClass)\">\(style.label)</span></h3>\n"
        html += "<blockquote>\(e(record.joinedText))</blockquote>\n<dl>\n"
        html += row("Speaker", speaker)
        if let cue = record.cue { html += row("Cue", e(cue) + " " + span(record.cueStart, record.cueEnd)) }
        if let quoteType = record.quoteType { html += row("Quote", quoteType.rawValue) }
        html += row("Source chain", sources)
        html += row("Status", "<span class=\"label \(style.cssClass)\">\(style.label)</span>" + (record.rationale.map { " — " + e($0) } ?? ""))
        if record.attribution != .unverified || record.attributionRationale != nil {
            html += row("Attribution", e(record.attribution.rawValue.replacingOccurrences(of: "_", with: " ")) + (record.attributionRationale.map { " — " + e($0) } ?? ""))
        }
        html += row("Evidence", evidence)
        if !record.tags.isEmpty { html += row("Tags", record.tags.map(e).joined(separator: ", ")) }
        html += row("Review", record.reviewState.rawValue.replacingOccurrences(of: "_", with: " "))
        html += row("Span", "\(FragmentEdit.notation(record.pieces)), \(record.origin.rawValue) <span class=\"muted\">id \(e(record.id))</span>")
        html += "</dl>\n" + history + "</article></li>\n"
        return html
    }

    private func e(_ text: String) -> String { HTMLEscaper.escape(text) }

    private func row(_ term: String, _ description: String) -> String {
        "<dt>\(term)</dt><dd>\(description)</dd>\n"
    }

    private func span(_ start: Int?, _ end: Int?) -> String {
        guard let start, let end else { return "" }
        return "<span class=\"muted\">(\(start)..\(end))</span>"
    }

    private var speaker: String {
        guard let name = record.speaker else { return "<span class=\"muted\">none</span>" }
        let aliases = record.speakerAliases.isEmpty ? "" : " <span class=\"muted\">(also " + record.speakerAliases.map(e).joined(separator: ", ") + ")</span>"
        return "<strong>\(e(name))</strong>" + aliases + (record.speakerStart == nil ? "" : " named at " + span(record.speakerStart, record.speakerEnd))
    }

    private var sources: String {
        guard !record.sources.isEmpty else { return "<span class=\"muted\">none</span>" }
        let items = record.sources.map { source in
            var item = "<li>" + e(source.name)
            if let via = source.via { item += " <span class=\"via\">via " + e(via) + "</span>" }
            if let kind = source.kind { item += " <span class=\"muted\">(" + e(kind) + ")</span>" }
            if let url = source.url { item += " " + WebLink.html(url) }
            if source.primary { item += " <span class=\"chip\">primary record</span>" }
            return item + "</li>"
        }
        return "<ol class=\"chain\">" + items.joined() + "</ol>"
    }

    private var evidence: String {
        guard !record.evidence.isEmpty else { return "<span class=\"muted\">none</span>" }
        let items = record.evidence.map { item in
            "<li><span class=\"chip\">\(item.stance.rawValue)\(item.about == .attribution ? " the attribution" : "")</span> " + WebLink.html(item.ref)
                + (item.note.map { " — " + e($0) } ?? "") + " <span class=\"muted\">(\(e(item.reviewer)), \(e(item.at)))</span></li>"
        }
        return "<ul class=\"evidence\">" + items.joined() + "</ul>"
    }

    private var history: String {
        let events = record.events ?? []
        var html = "<h4>History: \(events.count.counted("event"))</h4>\n<ol class=\"history\">\n"
        var previous: (json: String?, state: ClaimState?) = (nil, nil)
        for event in events {
            // An event's `before` is the previous event's `after` (what `verify` checks): decoded once.
            let before = event.beforeJSON == previous.json ? previous.state : (try? EventRows.decode(event.beforeJSON)) ?? nil
            let after = (try? EventRows.decode(event.afterJSON)) ?? nil
            previous = (event.afterJSON, after)
            let changes = ClaimText.changes(from: before, to: after) + (event.detail.map { " [\($0)]" } ?? "")
            html += "<li value=\"\(event.id)\"><strong>\(e(event.reviewer))</strong> \(e(event.action)) <span class=\"muted\">\(e(event.at))</span>"
            html += changes.isEmpty ? "</li>\n" : "<br>\(e(changes))</li>\n"
        }
        return html + "</ol>\n"
    }
}
