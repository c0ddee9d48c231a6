import Foundation

/// One-line descriptions of claims and changes, shared by the commands that print them.
enum ClaimText {
    /// `1047..1290 “Our success depends…” — Zhou Hongyi, refuted`; a claim with gaps shows its pieces,
    /// `[7..26+37..59] «“X,” … “Y.”»`.
    static func describe(_ claim: Claim) -> String {
        let state = claim.state
        var facts = [state.speaker ?? "no speaker", state.status.rawValue]
        if state.attribution != .unverified { facts.append("attribution \(state.attribution.rawValue)") }
        if !state.sources.isEmpty { facts.append("via " + state.sources.map(\.name).joined(separator: " › ")) }
        return "\(marked(state)) — \(facts.joined(separator: ", "))"
    }

    /// Text on one line, shortened to `limit` characters.
    /// Reads at most `limit + 1` characters of `text`, so listing long claims stays cheap.
    static func quote(_ text: String, limit: Int = 60) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            var quoted: [UInt8] = []
            appendQuote(utf8, limit: limit, to: &quoted)
            return String(decoding: quoted, as: UTF8.self)
        }
    }

    /// Appends ``quote(_:limit:)`` of a text given as (valid) UTF-8 bytes: how the `claims` listing writes its lines.
    ///
    /// ```swift
    /// ClaimText.appendQuote(bytes, to: &line)   // bytes of "a\nb": appends «a b»
    /// ```
    static func appendQuote(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int = 60, to line: inout some ByteSink) {
        appendQuote(utf8, cut: cut(utf8, limit: limit), to: &line)
    }

    /// The same over a text as stored, not yet checked to be UTF-8: only a window of the first bytes is checked when
    /// it tells where the quote is cut (the first `limit + 18` bytes, then `4 × (limit + 2)`; a window ends where a
    /// scalar starts), the whole text otherwise. A malformed text is shown repaired (U+FFFD), as
    /// ``SQLCursorRow/withUTF8(_:_:)`` would hand it over.
    ///
    /// ```swift
    /// ClaimText.appendQuote(stored: bytes, to: &line)   // 5,000 bytes of ASCII: checks the first 78
    /// ```
    static func appendQuote(stored bytes: UnsafeBufferPointer<UInt8>, limit: Int = 60, to line: inout some ByteSink) {
        if let told = cut(bytes, window: limit + 18, limit: limit) ?? cut(bytes, window: 4 * (limit + 2), limit: limit) {
            return appendQuote(told.window, cut: told.cut, to: &line)
        }
        guard UTF8Validation.isValid(bytes) else {
            var repaired = String(decoding: bytes, as: UTF8.self)
            return repaired.withUTF8 { appendQuote($0, limit: limit, to: &line) }
        }
        appendQuote(bytes, limit: limit, to: &line)
    }

    /// `«utf8»`, or `«…»` with the first `cut` bytes when cut.
    private static func appendQuote(_ utf8: UnsafeBufferPointer<UInt8>, cut: Int?, to line: inout some ByteSink) {
        line.append(bytes: opening)
        guard let cut else {
            line.appendOneLine(utf8)
            line.append(bytes: closing)
            return
        }
        line.appendOneLine(UnsafeBufferPointer(rebasing: utf8[..<cut]))
        line.append(bytes: shortenedClosing)
    }

    /// Where a quote of `utf8` is cut: after its first `limit - 1` characters when more than `limit` follow, nil
    /// when it is shown whole. Over the first bytes of a longer text, a cut is the text's own: the characters counted
    /// past it start in those bytes, so the breaks before them are the text's.
    private static func cut(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let head = String.characterPrefix(limit - 1, ofUTF8: utf8)
        let next = String.characterPrefix(2, ofUTF8: UnsafeBufferPointer(rebasing: utf8[head.offset...]))
        return head.count + next.count > limit ? head.offset : nil
    }

    /// Where a quote of a stored text is cut when its first `size` bytes (back to a scalar's start), checked, tell.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, window size: Int, limit: Int) -> (window: UnsafeBufferPointer<UInt8>, cut: Int)? {
        guard size < bytes.count else { return nil }
        let window = UnsafeBufferPointer(rebasing: bytes[..<scalarStart(bytes, atOrBefore: size)])
        guard UTF8Validation.isValid(window), let cut = cut(window, limit: limit) else { return nil }
        return (window, cut)
    }

    /// `offset`, or the start of the scalar it falls inside (continuation bytes are `10xxxxxx`).
    private static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, atOrBefore offset: Int) -> Int {
        var offset = offset
        while offset > 0 && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    /// Never written to nor freed: safe to share.
    private nonisolated(unsafe) static let (opening, closing, shortenedClosing) = (
        UnsafeBufferPointer.permanent("«"), UnsafeBufferPointer.permanent("»"), UnsafeBufferPointer.permanent("…»"))

    /// `[START..END] «text»`, or for a claim with gaps its pieces and their texts joined by ` … `.
    static func marked(_ state: ClaimState) -> String {
        "[\(FragmentEdit.notation(ClaimFragments.pieces(of: state)))] \(quote(ClaimFragments.joinedText(of: state)))"
    }

    /// What changed between two states, e.g. `status unverified → refuted; rationale set`.
    static func changes(from before: ClaimState?, to after: ClaimState?) -> String {
        guard let before else { return after.map { "created " + marked($0) } ?? "" }
        guard let after else { return "" }
        var parts: [String] = []
        func note<T: Equatable>(_ name: String, _ old: T, _ new: T, _ show: (T) -> String) {
            if old != new { parts.append("\(name) \(show(old)) → \(show(new))") }
        }
        note("span", before.span, after.span) { "\($0.lowerBound)..\($0.upperBound)" }
        note("pieces", before.fragments, after.fragments) { $0.map(FragmentEdit.notation) ?? "one" }
        if before.fragments == nil && after.fragments == nil { note("text", before.text, after.text) { quote($0, limit: 40) } }
        note("speaker", before.speaker, after.speaker) { $0 ?? "none" }
        note("status", before.status, after.status) { $0.rawValue }
        note("rationale", before.rationale, after.rationale) { $0.map { quote($0, limit: 40) } ?? "none" }
        note("attribution", before.attribution, after.attribution) { $0.rawValue }
        note("attribution rationale", before.attributionRationale, after.attributionRationale) { $0.map { quote($0, limit: 40) } ?? "none" }
        note("sources", before.sources, after.sources) { "[" + $0.map(describe).joined(separator: " › ") + "]" }
        note("evidence", before.evidence.count, after.evidence.count) { $0.counted("item") }
        note("tags", before.tags, after.tags) { "[" + $0.joined(separator: ", ") + "]" }
        note("cue", before.cue, after.cue) { $0 ?? "none" }
        note("quote type", before.quoteType, after.quoteType) { $0?.rawValue ?? "none" }
        note("review", before.reviewState, after.reviewState) { $0.rawValue }
        note("deleted", before.deleted, after.deleted) { $0 ? "yes" : "no" }
        return parts.joined(separator: "; ")
    }

    private static func describe(_ link: SourceLink) -> String {
        (link.via.map { "\(link.name) (via \($0))" } ?? link.name) + (link.primary ? " [primary]" : "")
    }
}
