import Foundation

/// The document page's one script (plain JavaScript, no library): selecting a claim, filters,
/// and a URL-fragment hook.
///
/// Selecting a highlighted piece (click, or Tab to a claim's first piece then Enter or Space)
/// copies that claim's note (speaker, source chain, status, evidence, review, history) into the
/// side panel; selecting the same piece again moves to the next claim it belongs to (innermost
/// first); Escape closes the panel. Filters by status, speaker and reviewer (anyone who changed,
/// reviewed or added evidence to the claim) hide the other claims' highlights and notes.
///
/// The fragment sets filters and a selection on load, for links and headless checks:
/// `doc-1.html#filter=status:refuted&filter=reviewer:ben&select=3`. The page records its state
/// on `<body>`: `data-selected` (the selected claim) and `data-shown` (how many claims pass
/// the filters), so `chromium --headless --dump-dom` can observe it.
///
/// The page's Content-Security-Policy allows this script alone, by its SHA-256 (``cspHash``).
enum ReportScript {
    static let source = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("claims-data").textContent);
          var claims = {};
          data.claims.forEach(function (entry) {
            var r = entry.record, who = {};
            who[r.created_by] = true; who[r.updated_by] = true;
            (r.events || []).forEach(function (e) { who[e.reviewer] = true; });
            r.evidence.forEach(function (e) { who[e.reviewer] = true; });
            claims[entry.number] = { status: r.status, speaker: r.speaker || "", reviewers: who, length: r.end - r.start, shown: true };
          });
          var numbers = Object.keys(claims);
          var pieces = Array.prototype.slice.call(document.querySelectorAll("#text [data-claim]"));
          var form = document.getElementById("filters");
          var panel = document.getElementById("panel");
          var selected = null;
          function idsOf(piece) { return piece.getAttribute("data-claim").split(" "); }
          function checkedStatuses() {
            var on = {};
            form.querySelectorAll("input[name=status]").forEach(function (box) { on[box.value] = box.checked; });
            return on;
          }
          function applyFilters() {
            var statuses = checkedStatuses(), speaker = form.speaker.value, reviewer = form.reviewer.value, shown = 0;
            numbers.forEach(function (n) {
              var c = claims[n];
              c.shown = statuses[c.status] !== false && (speaker === "" || c.speaker === speaker) && (reviewer === "" || c.reviewers[reviewer] === true);
              if (c.shown) shown += 1;
              document.getElementById("claim-" + n).hidden = !c.shown;
            });
            pieces.forEach(function (piece) {
              var on = idsOf(piece).some(function (n) { return claims[n].shown; });
              piece.classList.toggle("off", !on);
              if (on) piece.removeAttribute("data-off"); else piece.setAttribute("data-off", "");
            });
            document.getElementById("shown").textContent = shown + " of " + numbers.length + " claims shown";
            document.body.setAttribute("data-shown", String(shown));
          }
          function select(n, focus) {
            if (!claims[n]) return;
            selected = n;
            pieces.forEach(function (piece) { piece.classList.toggle("selected", idsOf(piece).indexOf(n) >= 0); });
            var detail = document.querySelector("#claim-" + n + " .claim-detail").cloneNode(true);
            panel.replaceChildren(detail);
            if (focus) panel.focus({ preventScroll: true });
            document.body.setAttribute("data-selected", n);
          }
          function close() {
            selected = null;
            pieces.forEach(function (piece) { piece.classList.remove("selected"); });
            panel.replaceChildren(document.getElementById("panel-hint").content.cloneNode(true));
            document.body.removeAttribute("data-selected");
          }
          function choose(piece) {
            var ids = idsOf(piece).filter(function (n) { return claims[n].shown; });
            if (ids.length === 0) return;
            ids.sort(function (a, b) { return claims[a].length - claims[b].length; });
            var at = ids.indexOf(selected);
            select(ids[(at + 1) % ids.length], true);
          }
          document.getElementById("text").addEventListener("click", function (event) {
            var piece = event.target.closest("[data-claim]");
            if (piece) choose(piece);
          });
          document.getElementById("text").addEventListener("keydown", function (event) {
            var piece = event.target.closest("[data-claim]");
            if (piece && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); choose(piece); }
          });
          document.addEventListener("keydown", function (event) { if (event.key === "Escape" && selected !== null) close(); });
          form.addEventListener("change", applyFilters);
          function applyFragment() {
            var parts = location.hash.replace(/^#/, "").split("&"), statuses = null, select_ = null;
            parts.forEach(function (part) {
              var eq = part.indexOf("="); if (eq < 0) return;
              var key = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
              if (key === "select") select_ = value;
              if (key !== "filter") return;
              var colon = value.indexOf(":"), name = value.slice(0, colon), wanted = value.slice(colon + 1);
              if (name === "status") { statuses = statuses || {}; statuses[wanted] = true; }
              if (name === "speaker" || name === "reviewer") form[name].value = wanted;
            });
            if (statuses) form.querySelectorAll("input[name=status]").forEach(function (box) { box.checked = statuses[box.value] === true; });
            applyFilters();
            if (select_ !== null) select(select_, false);
          }
          window.addEventListener("hashchange", applyFragment);
          applyFragment();
        })();
        """

    /// `'sha256-…'` of ``source``, for the page's `script-src`.
    static let cspHash: String = {
        let hex = SHA256.hexDigest(of: Array(source.utf8))
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return "'sha256-" + Data(bytes).base64EncodedString() + "'"
    }()
}
