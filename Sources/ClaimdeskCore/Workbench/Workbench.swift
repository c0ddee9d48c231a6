import Foundation

/// The operations a reviewer performs on a project; each change is one transaction with its event.
///
/// ```swift
/// let bench = Workbench(store: try ProjectStore.open(location), reviewer: "ana")
/// let (doc, _) = try bench.importDocument(path: "article.txt", metadata: DocumentMetadata(title: "Article"))
/// let claim = try bench.createClaim(in: doc.id, draft: ClaimDraft(range: 10..<42))
/// try bench.change(claim.id, action: "status") { state, _ in state.status = .refuted }
/// ```
public final class Workbench {
    public let store: ProjectStore
    /// Who makes the changes; recorded on every event.
    public let reviewer: String
    let clock: Clock
    private var cachedText: (id: Int64, text: DocumentText)?
    /// Polled by long reads (listings, exports); returning true stops them with an error and writes nothing.
    public var isCancelled: () -> Bool = { false }
    /// Where long commands draw their progress line (standard error on a terminal); nil shows none.
    public var progressDrawer: ((String) -> Void)?

    /// Throws when the user asked to stop (Ctrl-C in the REPL).
    func checkCancelled() throws(ClaimdeskError) {
        if isCancelled() { throw .refused("interrupted (Ctrl-C); nothing was written") }
    }

    /// A progress line for a long command, or nil when progress is not shown.
    public func progress(_ label: String, unit: String) -> ProgressLine? {
        progressDrawer.map { ProgressLine(label: label, unit: unit, draw: $0) }
    }

    public init(store: ProjectStore, reviewer: String, clock: Clock = SystemClock()) {
        self.store = store
        self.reviewer = reviewer
        self.clock = clock
    }

    /// The text of a document, indexed by code point (the last one used is cached).
    public func text(of docID: Int64) throws(ClaimdeskError) -> DocumentText {
        if let cachedText, cachedText.id == docID { return cachedText.text }
        guard let string = try store.read({ db in try DocumentRows.text(db, id: docID) }) else {
            throw .notFound("no document \(docID); `docs` lists the documents")
        }
        let text = DocumentText(string)
        cachedText = (docID, text)
        return text
    }

    /// Runs a change in one transaction, with the reviewer, one timestamp and one event batch for all it records;
    /// the speakers and sources it changed or created get their events last.
    func write<T>(_ body: (ChangeScope) throws -> T) throws(ClaimdeskError) -> T {
        let at = clock.now()
        return try store.write { db in
            let scope = ChangeScope(db: db, at: at, reviewer: reviewer, batch: try EventRows.nextBatch(db), entities: try EntityJournal(db))
            let result = try body(scope)
            try scope.entities.record(scope)
            return result
        }
    }
}
