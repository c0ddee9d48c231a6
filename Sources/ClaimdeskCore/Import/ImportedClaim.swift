/// A claim read from an annotation file, ready to store: where it goes, its state and its provenance.
struct ImportedClaim {
    /// Where it was read, for error messages (`claims.jsonl:12`).
    var origin: String
    var uid: String?
    var docSHA256: String?
    /// Documents matched by text (doccano, brat) instead of by hash.
    var docText: String?
    /// Whether `docText`, and the offsets, have line ends as `\n` (a brat `.txt`): the document is
    /// matched with its `\r\n` and `\r` read as `\n`, and the offsets mapped back (see ``BratText``).
    var docLineEndsAsLF = false
    /// The text file the document can be imported from (`import-annotations --import-documents`), if any.
    var docPath: String?
    var state: ClaimState
    /// The reviewer layer this claim goes to when the file says (Label Studio's annotator, brat's `--layer-from-suffix`); nil: the import's `--layer`, if any.
    var layer: String?
    var speakerAliases: [String] = []
    var sourceDetails: [String: (kind: String?, url: String?)] = [:]
    var claimOrigin: ClaimOrigin = .manual
    var createdBy: String?
    var createdAt: String?
    var updatedBy: String?
    var updatedAt: String?
    /// How many events the claim had where it came from (`history_count`), when its events are not brought along.
    var historyCount: Int?
    /// The claim's events as exported (`export --with-history`), replayed when present.
    var events: [[String: Any]] = []
    /// The events of its speaker and sources as exported (`entity_events`), replayed once each.
    var entityEvents: [[String: Any]] = []
}
