import Foundation

/// Renders document text with claim spans marked inline: `⟦3:Our success…:3⟧`.
///
/// A claim with gaps is marked piece by piece (`⟦3:“X,”:3⟧ she said, ⟦3:“Y.”:3⟧`), its gaps left plain.
/// Markers carry the claim number at both ends so overlapping (not only nested)
/// claims stay readable; with colours on, marked text takes its status colour. A claim whose
/// attribution failed (misquoted, misattributed) is marked `⟦3†:…:3†⟧` and, with colours, in
/// reverse magenta whatever its status, so it never reads as merely refuted.
struct ClaimMarkup {
    let text: DocumentText
    let claims: [ClaimSummary]
    let colors: Bool

    init(text: DocumentText, claims: [ClaimSummary], colors: Bool) {
        self.text = text
        self.claims = claims.flatMap(\.pieces).sorted { ($0.start, -$0.end, $0.id) < ($1.start, -$1.end, $1.id) }
        self.colors = colors
    }

    func render(_ range: Range<Int>) -> String {
        var output = ""
        var open: [ClaimSummary] = []
        var position = range.lowerBound
        for offset in boundaries(in: range) {
            output += colored(flatten(text.slice(position..<offset)), open.last)
            for claim in open.reversed() where claim.end == offset {
                output += marker(":\(claim.id)\(dagger(claim))⟧", claim)
            }
            open.removeAll { $0.end == offset }
            for claim in claims where claim.start == offset || (claim.start < range.lowerBound && offset == range.lowerBound) {
                guard claim.end > offset else { continue }
                output += marker("⟦\(claim.id)\(dagger(claim)):", claim)
                open.append(claim)
            }
            position = offset
        }
        return output
    }

    /// Offsets where a marker goes (claim edges inside the range) plus the range's ends.
    private func boundaries(in range: Range<Int>) -> [Int] {
        var offsets = Set([range.lowerBound, range.upperBound])
        for claim in claims {
            if range.contains(claim.start) { offsets.insert(claim.start) }
            if claim.end > range.lowerBound && claim.end <= range.upperBound { offsets.insert(claim.end) }
        }
        return offsets.sorted()
    }

    /// Line ends inside a paragraph shown on one line.
    private func flatten(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ⏎ ").replacingOccurrences(of: "\n", with: " ⏎ ")
    }

    private func marker(_ text: String, _ claim: ClaimSummary) -> String {
        colors ? ANSI.dim + color(claim) + text + ANSI.reset : text
    }

    private func colored(_ text: String, _ claim: ClaimSummary?) -> String {
        guard colors, let claim, !text.isEmpty else { return text }
        return color(claim) + text + ANSI.reset
    }

    private func color(_ claim: ClaimSummary) -> String {
        claim.attribution.failed ? ANSI.attributionFailed : ANSI.color(for: claim.status)
    }

    /// `†` after the number of a claim whose attribution failed.
    private func dagger(_ claim: ClaimSummary) -> String {
        claim.attribution.failed ? "†" : ""
    }
}
