/// A complete, self-contained report page: the inline stylesheet, the body, and (on document
/// pages) the inline script, under a Content-Security-Policy that allows no network at all and no
/// script but the report's own.
///
/// Even if some user text escaped ``HTMLEscaper``, an injected `<script>` or `onerror=` would
/// not run: `script-src` names only the hash of ``ReportScript/source``.
///
/// ```swift
/// HTMLPage(title: "Reading room — sample", body: "<h1>…</h1>").html
/// ```
struct HTMLPage {
    let title: String
    /// Markup of the body, already escaped.
    let body: String
    var withScript = false
    var language: String? = nil

    var html: String {
        let scriptSource = withScript ? ReportScript.cspHash : "'none'"
        var page = """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaper.escape(language ?? "en"))">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src \(scriptSource)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="claimdesk report">
            <title>\(HTMLEscaper.escape(title))</title>
            <style>
            \(ReportStyle.css)</style>
            </head>
            <body>

            """
        page += body
        if withScript { page += "<script>" + ReportScript.source + "</script>\n" }
        page += "</body>\n</html>\n"
        return page
    }
}
