import Foundation

/// Reads a report page's DOM, as `chromium --dump-dom` printed it, with Python's `html.parser`
/// and returns what the browser built: the text block's text, each claim's pieces joined in
/// document order, the embedded claims, the body's state, the panel, and every script, image and
/// link in the page.
///
/// ```swift
/// let page = try ReportDOM.read(dom, in: workspace)
/// page.pieces["3"] == page.embedded["3"]?["text"] as? String
/// ```
struct ReportDOM {
    let textContent: String
    /// Claim number → the text of its pieces, in document order.
    let pieces: [String: String]
    /// Claim number → its embedded record (an `export --with-history` line).
    let embedded: [String: [String: Any]]
    /// Claims none of whose pieces is highlighted (filtered out).
    let off: Set<String>
    /// Claims whose note is hidden (filtered out).
    let hiddenNotes: Set<String>
    let body: [String: String]
    let panelTitle: String
    let panelHistoryRows: Int
    let scripts: Int
    let images: Int
    let links: [String]

    static func read(_ dom: String, in workspace: Workspace) throws -> ReportDOM {
        let name = "dom-\(UUID().uuidString).html"
        try workspace.write(name, dom)
        let output = try Python.run(script.replacingOccurrences(of: "DOM_FILE", with: name), in: workspace.path)
        guard let data = output.data(using: .utf8), let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw HeadlessChromium.Failure(message: "cannot read the page: \(output.prefix(2000))")
        }
        return ReportDOM(textContent: json["text"] as! String, pieces: json["pieces"] as! [String: String],
                         embedded: json["embedded"] as! [String: [String: Any]], off: Set(json["off"] as! [String]),
                         hiddenNotes: Set(json["hidden_notes"] as! [String]),
                         body: json["body"] as! [String: String], panelTitle: json["panel_title"] as! String,
                         panelHistoryRows: json["panel_rows"] as! Int, scripts: json["scripts"] as! Int,
                         images: json["images"] as! Int, links: json["links"] as! [String])
    }

    private static let script = #"""
        import json, html.parser
        class Page(html.parser.HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.text, self.pieces, self.on, self.body = [], [], {}, {}, {}
                self.data_json, self.panel_title, self.panel_rows = [], "", 0
                self.scripts, self.images, self.links, self.hidden_notes = 0, 0, [], []
            def inside(self, key, value):
                return any(a.get(key) == value for _, a in self.stack)
            def handle_starttag(self, tag, attrs):
                a = {k: (v or "") for k, v in attrs}
                if tag == "body": self.body = a
                if tag == "script": self.scripts += 1
                if tag == "img": self.images += 1
                if "href" in a: self.links.append(a["href"])
                if tag == "li" and a.get("id", "").startswith("claim-") and "hidden" in a: self.hidden_notes.append(a["id"][6:])
                if tag == "li" and self.inside("id", "panel") and self.inside("class", "history"): self.panel_rows += 1
                if tag in ("br", "meta", "input", "img", "link", "hr", "wbr"): return
                self.stack.append((tag, a))
                if tag == "mark" and self.inside("id", "text"):
                    for n in a["data-claim"].split(" "):
                        self.pieces.setdefault(n, [])
                        self.on[n] = self.on.get(n, False) or "off" not in a.get("class", "").split()
            def handle_endtag(self, tag):
                while self.stack:
                    if self.stack.pop()[0] == tag: break
            def handle_data(self, data):
                if self.inside("id", "text"):
                    self.text.append(data)
                    mark = next((a for t, a in reversed(self.stack) if t == "mark"), None)
                    if mark is not None:
                        for n in mark["data-claim"].split(" "): self.pieces[n].append(data)
                if self.inside("id", "claims-data"): self.data_json.append(data)
                if self.inside("id", "panel") and any(t == "h3" for t, _ in self.stack): self.panel_title += data
        page = Page()
        page.feed(open("DOM_FILE", encoding="utf-8", newline="").read())
        data = json.loads("".join(page.data_json)) if page.data_json else {"claims": []}
        print(json.dumps({
            "text": "".join(page.text),
            "pieces": {n: "".join(p) for n, p in page.pieces.items()},
            "embedded": {str(c["number"]): c["record"] for c in data["claims"]},
            "off": sorted(n for n, on in page.on.items() if not on), "hidden_notes": page.hidden_notes,
            "body": page.body, "panel_title": page.panel_title.strip(), "panel_rows": page.panel_rows,
            "scripts": page.scripts, "images": page.images, "links": page.links,
        }))
        """#
}
