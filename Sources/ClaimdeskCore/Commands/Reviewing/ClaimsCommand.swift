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
/// Columns are fixed so the listing streams (a million claims print without being held) and lines up.
enum ClaimListing {
    static func print(_ filter: ClaimFilter, _ context: CommandContext) throws(ClaimdeskError) {
        var count = 0
        try context.workbench.forEachClaim(filter) { claim in
            count += 1
            var line: [UInt8] = []
            line.reserveCapacity(256)
            appendPadded(String(claim.id), 5, right: true, to: &line)
            appendPadded("d\(claim.docID)", 4, to: &line)
            appendPadded("\(claim.start)..\(claim.end)", 11, to: &line)
            appendPadded(claim.status.rawValue, 19, to: &line)
            appendPadded(claim.reviewState.rawValue, 12, to: &line)
            appendPadded(claim.speaker ?? "-", 16, to: &line)
            if let layer = claim.layer { line += layer.utf8; line += "› ".utf8 }
            line += ClaimText.quote(claim.joinedText).utf8
            if claim.attribution != .unverified { line += " attribution ".utf8; line += claim.attribution.rawValue.utf8 }
            context.print(String(decoding: line, as: UTF8.self))
        }
        context.print("\(count) claim\(count == 1 ? "" : "s")")
    }

    /// Pads to `width` characters, shortening with … when longer.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        var padded: [UInt8] = []
        appendPadded(text, width, right: right, to: &padded)
        return String(decoding: padded.dropLast(), as: UTF8.self)
    }

    /// Appends `text` padded to `width` characters (shortened with … when longer) and the space that separates
    /// columns, as UTF-8: the listing builds each line as bytes.
    private static func appendPadded(_ text: String, _ width: Int, right: Bool = false, to line: inout [UInt8]) {
        let count = text.characterPrefix(width + 1).count
        guard count <= width else {
            line += text[..<text.characterPrefix(width - 1).end].utf8
            line += "… ".utf8
            return
        }
        if right { line += repeatElement(UInt8(ascii: " "), count: width - count) }
        line += text.utf8
        line += repeatElement(UInt8(ascii: " "), count: right ? 1 : width - count + 1)
    }
}
