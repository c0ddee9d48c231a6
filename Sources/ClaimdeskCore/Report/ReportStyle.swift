/// The report's one stylesheet, inlined in every page: screen layout, status colours and
/// patterns (``StatusStyle``), and a print layout that drops the controls and prints every
/// claim's details as numbered notes after the text.
///
/// ```swift
/// HTMLPage(title: "Report", body: "…").html   // <style>\(ReportStyle.css)</style> in the head
/// ```
enum ReportStyle {
    static let css = """
        :root { color: #1a1a1a; background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
        body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 78rem; }
        a { color: #0645ad; }
        h1 { font-size: 1.6rem; margin: .5rem 0; line-height: 1.25; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
        .meta, .hint, .muted { color: #4a4a4a; }
        .layout { display: grid; grid-template-columns: minmax(0, 1fr) 27rem; gap: 1.5rem; align-items: start; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.75 Georgia, "Noto Serif", serif; }
        .text mark { color: inherit; border-radius: 2px; cursor: pointer; }
        .text mark.deep { background-image: repeating-linear-gradient(135deg, rgba(0,0,0,.13) 0 2px, transparent 2px 6px); }
        .text mark.first::before { content: attr(data-label); font: 600 .72rem/1 system-ui, sans-serif; color: #1a1a1a; background: #fff;
            border: 1px solid #1a1a1a; border-radius: 3px; padding: 1px 3px; margin-right: 2px; vertical-align: .15em; white-space: nowrap; }
        .text mark.off { background: none; text-decoration: none; cursor: auto; }
        .text mark.off.first::before { display: none; }
        .text mark.selected { outline: 3px solid #0645ad; outline-offset: 1px; }
        .text mark:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
        .mention { font-weight: 700; border-bottom: 3px double #1a1a1a; }
        .cue { font-style: italic; border-bottom: 2px dashed #1a1a1a; }
        #panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; border: 1px solid #8a8a8a;
            border-radius: 6px; padding: .75rem 1rem; background: #fafafa; }
        #panel:focus { outline: 3px solid #0645ad; }
        #filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin: 1rem 0; padding: .5rem .75rem;
            border: 1px solid #c4c4c4; border-radius: 6px; }
        #filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
        #filters legend { font-weight: 600; float: left; margin-right: .5rem; }
        .chip, .label { display: inline-block; border: 1px solid #1a1a1a; border-radius: 3px; padding: 0 4px; font-size: .85rem; white-space: nowrap; }
        .legend { font-size: .9rem; color: #4a4a4a; }
        .claim-detail h3 { margin: 0 0 .5rem; font-size: 1.1rem; }
        .claim-detail blockquote { margin: .25rem 0 .75rem; padding-left: .75rem; border-left: 4px solid #8a8a8a; white-space: pre-wrap; }
        .claim-detail dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .75rem; margin: 0; }
        .claim-detail dt { font-weight: 600; }
        .claim-detail dd { margin: 0; overflow-wrap: anywhere; }
        .claim-detail ol, .claim-detail ul { margin: 0; padding-left: 1.2rem; }
        .via { color: #4a4a4a; }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: .2rem .5rem; border-bottom: 1px solid #d0d0d0; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        ol.history { padding-left: 2.6rem; margin: 0; }
        ol.history li { margin-bottom: .35rem; overflow-wrap: anywhere; }
        ol.history li::marker { color: #4a4a4a; font-size: .85em; }
        .notes { padding-left: 0; list-style: none; }
        .notes > li { border-top: 1px solid #c4c4c4; padding: .75rem 0; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem 2rem; }
        .charts figure { margin: 0; }
        .charts figcaption { font-weight: 600; margin-bottom: .25rem; }
        .charts svg { max-width: 100%; height: auto; }
        svg text { font: 12px system-ui, sans-serif; fill: #1a1a1a; }
        @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } #panel { position: static; max-height: none; } }
        @media print {
            :root { font-size: 11pt; }
            #filters, #panel, .screen-only { display: none !important; }
            .layout { display: block; }
            .text mark { background: none !important; }
            .text mark.off { text-decoration: underline dotted #1a1a1a; }
            .text mark.first::before { content: "[" attr(data-notes) "] "; border: 0; padding: 0; background: none; vertical-align: super; font-size: .7rem; }
            .text mark.off.first::before { display: inline; }
            .notes > li, .notes > li[hidden] { display: block !important; break-inside: avoid-page; }
            a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; overflow-wrap: anywhere; }
        }

        """ + StatusStyle.allCSS
}
