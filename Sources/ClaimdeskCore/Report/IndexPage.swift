/// The report's front page: every document with its claims counted by status, charts of claims
/// by status, speaker, source and reviewer, the review states, the project's latest activity,
/// and a place kept for agreement figures.
///
/// ```swift
/// IndexPage(project: "sample", documents: documents, tally: tally, activity: events).html
/// ```
struct IndexPage {
    let project: String
    /// The documents in the report, in id order.
    let documents: [Document]
    let tally: ReportTally
    /// The project's newest events, oldest first.
    let activity: [ClaimEvent]

    var html: String {
        var body = "<h1>Reading room — \(HTMLEscaper.escape(project))</h1>\n"
        body += "<p class=\"meta\">\(documents.count.counted("document")), \(tally.claims.counted("claim"))"
        if let last = activity.last { body += " · last change \(HTMLEscaper.escape(last.at)) by \(HTMLEscaper.escape(last.reviewer))" }
        body += "</p>\n" + documentTable + charts + agreement + recentActivity
        return HTMLPage(title: "Reading room — \(project)", body: body).html
    }

    private var statusesPresent: [VerificationStatus] { VerificationStatus.allCases.filter { tally.byStatus[$0] != nil } }

    private var documentTable: String {
        var html = "<h2 id=\"documents\">Documents</h2>\n<table class=\"documents\"><thead><tr><th class=\"n\">id</th><th>title</th><th class=\"n\">claims</th>"
        for status in statusesPresent {
            let style = StatusStyle(status)
            html += "<th class=\"n\"><span class=\"chip \(style.cssClass)\">\(style.label)</span></th>"
        }
        html += "</tr></thead><tbody>\n"
        for document in documents {
            let counts = tally.byDocument[document.id] ?? [:]
            let version = document.version > 1 ? " <span class=\"muted\">(version \(document.version))</span>" : ""
            html += "<tr><td class=\"n\">\(document.id)</td><td><a href=\"\(DocumentPage.fileName(of: document))\">\(HTMLEscaper.escape(document.title))</a>\(version)</td>"
            html += "<td class=\"n\">\(counts.values.reduce(0, +))</td>"
            for status in statusesPresent { html += "<td class=\"n\">\(counts[status].map(String.init) ?? "")</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private var charts: String {
        let statusBars = statusesPresent.map { BarChart.Bar(label: StatusStyle($0).label, count: tally.byStatus[$0]!, color: StatusStyle($0).strong) }
        let reviewBars = ReviewState.allCases.compactMap { state in
            tally.byReviewState[state].map { BarChart.Bar(label: state.rawValue.replacingOccurrences(of: "_", with: " "), count: $0) }
        }
        let figures = [
            ("Claims by status", statusBars),
            ("Review states", reviewBars),
            ("Claims by speaker", Self.bars(tally.bySpeaker)),
            ("Claims by source", Self.bars(tally.bySource)),
            ("Claims by reviewer (made, changed, reviewed or added evidence)", Self.bars(tally.byReviewer)),
        ]
        var html = "<h2 id=\"charts\">Claims</h2>\n<div class=\"charts\">\n"
        for (title, bars) in figures {
            html += "<figure><figcaption>\(HTMLEscaper.escape(title))</figcaption>\(BarChart(title: title, bars: bars).svg)</figure>\n"
        }
        return html + "</div>\n"
    }

    private static func bars(_ counts: [String: Int]) -> [BarChart.Bar] {
        ReportTally.ranked(counts).map { BarChart.Bar(label: $0.name, count: $0.count) }
    }

    private var agreement: String {
        """
        <h2 id="agreement">Agreement</h2>
        <p class="muted">Agreement between annotators appears here once documents are annotated twice; this project records one annotation per document.</p>

        """
    }

    private var recentActivity: String {
        var html = "<h2 id=\"activity\">Latest activity</h2>\n<table class=\"activity\"><thead><tr><th class=\"n\">event</th><th>when (UTC)</th><th>who</th><th>what</th></tr></thead><tbody>\n"
        for event in activity.reversed() {
            let subject = EventLine.subject(event)
            html += "<tr><td class=\"n\">\(event.id)</td><td>\(HTMLEscaper.escape(event.at))</td><td>\(HTMLEscaper.escape(event.reviewer))</td><td>\(HTMLEscaper.escape(event.action + " " + subject))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
