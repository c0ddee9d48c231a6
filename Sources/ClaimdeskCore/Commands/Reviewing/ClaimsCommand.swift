/// `claims [--status S]… [--attribution S]… [--speaker NAME] [--doc ID]`: lists claims.
public enum ClaimsCommand: Command {
    public static let name = "claims"
    public static let usage = "claims [--status S]… [--attribution S]… [--review STATE]… [--speaker NAME] [--doc ID]"
    public static let summary = "list claims (all documents unless --doc), ordered by document and position"
    public static let group = CommandGroup.reviewing
    public static let example = "claims --status unverified --speaker Zhou"
    public static let options = [
        OptionSpec("status", value: "S", help: "only this status (repeatable)", repeatable: true),
        OptionSpec("attribution", value: "S", help: "only this attribution status, e.g. misattributed (repeatable)", repeatable: true),
        OptionSpec("speaker", value: "NAME", help: "only this speaker (name or alias)"),
        OptionSpec("doc", value: "ID", help: "only this document"),
        OptionSpec("review", value: "STATE", help: "only this review state: open, needs_review, approved, disputed (repeatable)", repeatable: true),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let filter = try ClaimFilter(statuses: arguments.values("status").map(VerificationStatus.parse),
                                     speaker: arguments.value("speaker"),
                                     docID: arguments.value("doc").map(DocumentReference.parse),
                                     reviewStates: arguments.values("review").map(ReviewState.parse),
                                     attributions: arguments.values("attribution").map(AttributionStatus.parse))
        try ClaimListing.print(filter, context)
    }
}

/// One line per claim in fixed-width columns (id, document, span, status, review, speaker, text), then the count.
/// A claim in a reviewer's layer shows whose before its text (`ana› «…»`); an attribution other than
/// unverified follows the text (`… «…» attribution misattributed`).
///
/// Columns are fixed so the listing streams (a million claims print without being held) and lines up. Each line
/// is written as bytes from the row's columns read in place (``Workbench/forEachClaimRow(_:_:)``).
enum ClaimListing {
    static func print(_ filter: ClaimFilter, _ context: CommandContext) throws(ClaimdeskError) {
        var count = 0
        var line = ByteLine(capacity: 512)
        defer { line.deallocate() }
        try context.workbench.forEachClaimRow(filter) { row in
            count += 1
            line.removeAll()
            append(row, to: &line)
            context.print(utf8: line.bytes)
        }
        context.print("\(count.counted("claim"))")
    }

    /// Pads to `width` characters, shortening with … when longer.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        var padded = ByteLine(capacity: 64)
        defer { padded.deallocate() }
        var text = text
        text.withUTF8 { utf8 in appendColumn(width, right: right, to: &padded) { $0.append(bytes: utf8) } }
        return String(decoding: padded.bytes.dropLast(), as: UTF8.self)
    }

    /// One claim's line as ``ClaimSummary`` would show it, read from its row.
    private static func append(_ row: some SQLCursorRow, to line: inout ByteLine) {
        typealias Column = ClaimSummary.Column
        appendColumn(5, right: true, to: &line) { appendDecimal(row.integer(Column.id) ?? 0, to: &$0) }
        appendColumn(4, to: &line) { $0.append(byte: UInt8(ascii: "d")); appendDecimal(row.integer(Column.docID) ?? 0, to: &$0) }
        appendColumn(11, to: &line) {
            appendDecimal(row.integer(Column.start) ?? 0, to: &$0)
            $0.append(bytes: Bytes.spanDots)
            appendDecimal(row.integer(Column.end) ?? 0, to: &$0)
        }
        appendColumn(19, to: &line) { $0.append(bytes: name(row, Column.status, Bytes.statuses) ?? Bytes.statuses[0]) }
        appendColumn(12, to: &line) { $0.append(bytes: name(row, Column.reviewState, Bytes.reviewStates) ?? Bytes.reviewStates[0]) }
        appendColumn(16, to: &line) { column in
            if row.withUTF8(Column.speaker, { column.append(bytes: $0) }) == nil { column.append(bytes: Bytes.noSpeaker) }
        }
        _ = row.withUTF8(Column.layer) { layer in
            line.append(bytes: layer)
            line.append(bytes: Bytes.layerMark)
        }
        if row.withStoredBytes(Column.fragments, { _ in true }) == nil {
            _ = row.withStoredBytes(Column.text) { ClaimText.appendQuote(stored: $0, to: &line) }
        } else {
            var quote = ClaimText.quote(ClaimSummary(row).joinedText)
            quote.withUTF8 { line.append(bytes: $0) }
        }
        if let attribution = name(row, Column.attribution, Bytes.attributions), attribution.baseAddress != Bytes.attributions[0].baseAddress {
            line.append(bytes: Bytes.attributionLabel)
            line.append(bytes: attribution)
        }
    }

    /// The listing's fixed pieces as bytes, and the names a column may hold (its default first). Never written to nor
    /// freed: safe to share.
    private enum Bytes {
        nonisolated(unsafe) static let (spanDots, noSpeaker, layerMark, attributionLabel, shortened) = (
            UnsafeBufferPointer.permanent(".."), UnsafeBufferPointer.permanent("-"), UnsafeBufferPointer.permanent("› "),
            UnsafeBufferPointer.permanent(" attribution "), UnsafeBufferPointer.permanent("… "))
        nonisolated(unsafe) static let statuses = names(VerificationStatus.unverified, VerificationStatus.allCases)
        nonisolated(unsafe) static let reviewStates = names(ReviewState.open, ReviewState.allCases)
        nonisolated(unsafe) static let attributions = names(AttributionStatus.unverified, AttributionStatus.allCases)

        private static func names<Value: RawRepresentable<String> & Equatable>(_ fallback: Value, _ all: [Value]) -> [UnsafeBufferPointer<UInt8>] {
            ([fallback] + all.filter { $0 != fallback }).map { UnsafeBufferPointer.permanent($0.rawValue) }
        }
    }

    /// The one of `names` the column holds, compared as stored bytes (no `String` made per row, no UTF-8 check: a
    /// name matched is valid), or nil.
    private static func name(_ row: some SQLCursorRow, _ column: Int, _ names: [UnsafeBufferPointer<UInt8>]) -> UnsafeBufferPointer<UInt8>? {
        let found: UnsafeBufferPointer<UInt8>?? = row.withStoredBytes(column) { bytes in names.first { same($0, bytes) } }
        return found ?? nil
    }

    private static func same(_ name: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == bytes.count && bytes.indices.allSatisfy { name[$0] == bytes[$0] }
    }

    /// Appends what `write` writes, padded to `width` characters (shortened with … when longer), and the space
    /// that separates columns. A column of ASCII without CR is counted by its bytes (each is a character); any other
    /// by its characters.
    private static func appendColumn(_ width: Int, right: Bool = false, to line: inout ByteLine, _ write: (inout ByteLine) -> Void) {
        let start = line.count
        write(&line)
        let text = line.bytes(from: start)
        let (count, cut): (Int, Int?)
        if text.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            (count, cut) = (text.count, text.count <= width ? nil : start + width - 1)
        } else {
            count = String.characterPrefix(width + 1, ofUTF8: text).count
            cut = count <= width ? nil : start + String.characterPrefix(width - 1, ofUTF8: text).offset
        }
        if let cut {
            line.removeLast(from: cut)
            line.append(bytes: Bytes.shortened)
            return
        }
        if right { line.insertSpaces(width - count, at: start) }
        line.appendSpaces(right ? 1 : width - count + 1)
    }

    /// Appends a number in decimal digits (written backwards into a buffer on the stack).
    private static func appendDecimal(_ value: Int64, to line: inout ByteLine) {
        if value < 0 { line.append(byte: UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var (rest, start) = (value.magnitude, digits.count)
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            line.append(bytes: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
