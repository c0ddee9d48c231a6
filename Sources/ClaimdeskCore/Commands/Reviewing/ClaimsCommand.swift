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
        var line: [UInt8] = []
        line.reserveCapacity(256)
        try context.workbench.forEachClaimRow(filter) { row in
            count += 1
            line.removeAll(keepingCapacity: true)
            append(row, to: &line)
            context.print(utf8: line)
        }
        context.print("\(count) claim\(count == 1 ? "" : "s")")
    }

    /// Pads to `width` characters, shortening with … when longer.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        var padded: [UInt8] = []
        appendColumn(width, right: right, to: &padded) { $0 += text.utf8 }
        return String(decoding: padded.dropLast(), as: UTF8.self)
    }

    /// One claim's line as ``ClaimSummary`` would show it, read from its row.
    private static func append(_ row: any SQLCursorRow, to line: inout [UInt8]) {
        typealias Column = ClaimSummary.Column
        appendColumn(5, right: true, to: &line) { appendDecimal(row.integer(Column.id) ?? 0, to: &$0) }
        appendColumn(4, to: &line) { $0.append(UInt8(ascii: "d")); appendDecimal(row.integer(Column.docID) ?? 0, to: &$0) }
        appendColumn(11, to: &line) {
            appendDecimal(row.integer(Column.start) ?? 0, to: &$0)
            $0 += Bytes.spanDots
            appendDecimal(row.integer(Column.end) ?? 0, to: &$0)
        }
        appendColumn(19, to: &line) { appendName(row, Column.status, Bytes.statuses, to: &$0) }
        appendColumn(12, to: &line) { appendName(row, Column.reviewState, Bytes.reviewStates, to: &$0) }
        appendColumn(16, to: &line) { column in
            if row.withUTF8(Column.speaker, { column += $0 }) == nil { column += Bytes.noSpeaker }
        }
        _ = row.withUTF8(Column.layer) { layer in
            line += layer
            line += Bytes.layerMark
        }
        if row.withUTF8(Column.fragments, { _ in true }) == nil {
            _ = row.withUTF8(Column.text) { ClaimText.appendQuote($0, to: &line) }
        } else {
            line += ClaimText.quote(ClaimSummary(row).joinedText).utf8
        }
        if let attribution = name(row, Column.attribution, Bytes.attributions), attribution != Bytes.attributions[0] {
            line += Bytes.attributionLabel
            line += attribution
        }
    }

    /// The listing's fixed pieces as bytes, and the names a column may hold (its default first).
    private enum Bytes {
        static let (spanDots, noSpeaker, layerMark, attributionLabel, shortened) = (
            Array("..".utf8), Array("-".utf8), Array("› ".utf8), Array(" attribution ".utf8), Array("… ".utf8))
        static let statuses = names(VerificationStatus.unverified, VerificationStatus.allCases)
        static let reviewStates = names(ReviewState.open, ReviewState.allCases)
        static let attributions = names(AttributionStatus.unverified, AttributionStatus.allCases)

        private static func names<Value: RawRepresentable<String> & Equatable>(_ fallback: Value, _ all: [Value]) -> [[UInt8]] {
            ([fallback] + all.filter { $0 != fallback }).map { Array($0.rawValue.utf8) }
        }
    }

    /// Appends the name the column holds when it is one of `names`, else the first (the default).
    private static func appendName(_ row: any SQLCursorRow, _ column: Int, _ names: [[UInt8]], to line: inout [UInt8]) {
        line += name(row, column, names) ?? names[0]
    }

    /// The one of `names` the column holds, compared as bytes (no `String` made per row), or nil.
    private static func name(_ row: any SQLCursorRow, _ column: Int, _ names: [[UInt8]]) -> [UInt8]? {
        let found: [UInt8]?? = row.withUTF8(column) { bytes in names.first { same($0, bytes) } }
        return found ?? nil
    }

    private static func same(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == bytes.count && name.withUnsafeBufferPointer { name in bytes.indices.allSatisfy { name[$0] == bytes[$0] } }
    }

    /// Appends what `write` writes, padded to `width` characters (shortened with … when longer), and the space
    /// that separates columns. A column of ASCII without CR is counted by its bytes (each is a character); any other
    /// by its characters.
    private static func appendColumn(_ width: Int, right: Bool = false, to line: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let start = line.count
        write(&line)
        let (count, cut) = line.withUnsafeBufferPointer { bytes -> (Int, Int?) in
            let text = UnsafeBufferPointer(rebasing: bytes[start...])
            if text.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return (text.count, text.count <= width ? nil : start + width - 1) }
            let count = String.characterPrefix(width + 1, ofUTF8: text).count
            return (count, count <= width ? nil : start + String.characterPrefix(width - 1, ofUTF8: text).offset)
        }
        if let cut {
            line.removeSubrange(cut...)
            line += Bytes.shortened
            return
        }
        if right { line.insert(contentsOf: spaces(width - count), at: start) }
        line += spaces(right ? 1 : width - count + 1)
    }

    /// `count` spaces: a slice of one array when it is long enough (every listing column), else an array of them.
    private static func spaces(_ count: Int) -> ArraySlice<UInt8> {
        count <= padding.count ? padding[..<count] : ArraySlice(repeating: UInt8(ascii: " "), count: count)
    }

    private static let padding = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Appends a number in decimal digits (written backwards into a buffer on the stack).
    private static func appendDecimal(_ value: Int64, to line: inout [UInt8]) {
        if value < 0 { line.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var (rest, start) = (value.magnitude, digits.count)
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            line.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
