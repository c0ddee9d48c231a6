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
            $0 += "..".utf8
            appendDecimal(row.integer(Column.end) ?? 0, to: &$0)
        }
        appendColumn(19, to: &line) { $0 += (named(row, Column.status, statuses) ?? .unverified).rawValue.utf8 }
        appendColumn(12, to: &line) { $0 += (named(row, Column.reviewState, reviewStates) ?? .open).rawValue.utf8 }
        appendColumn(16, to: &line) { column in
            if row.withUTF8(Column.speaker, { column += $0 }) == nil { column += "-".utf8 }
        }
        _ = row.withUTF8(Column.layer) { layer in
            line += layer
            line += "› ".utf8
        }
        if row.withUTF8(Column.fragments, { _ in true }) == nil {
            _ = row.withUTF8(Column.text) { ClaimText.appendQuote($0, to: &line) }
        } else {
            line += ClaimText.quote(ClaimSummary(row).joinedText).utf8
        }
        let attribution = named(row, Column.attribution, attributions) ?? .unverified
        if attribution != .unverified { line += " attribution ".utf8; line += attribution.rawValue.utf8 }
    }

    private static let statuses = VerificationStatus.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let reviewStates = ReviewState.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let attributions = AttributionStatus.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The value whose name the column holds, compared as bytes (no `String` made per row), or nil.
    private static func named<Value>(_ row: any SQLCursorRow, _ column: Int, _ names: [([UInt8], Value)]) -> Value? {
        row.withUTF8(column) { bytes in names.first { $0.0.count == bytes.count && $0.0.elementsEqual(bytes) }?.1 } ?? nil
    }

    /// Appends what `write` writes, padded to `width` characters (shortened with … when longer), and the space
    /// that separates columns.
    private static func appendColumn(_ width: Int, right: Bool = false, to line: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let start = line.count
        write(&line)
        let (count, cut) = line.withUnsafeBufferPointer { bytes -> (Int, Int?) in
            let text = UnsafeBufferPointer(rebasing: bytes[start...])
            let count = String.characterPrefix(width + 1, ofUTF8: text).count
            return (count, count <= width ? nil : start + String.characterPrefix(width - 1, ofUTF8: text).offset)
        }
        if let cut {
            line.removeSubrange(cut...)
            line += "… ".utf8
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
