import ClaimdeskCore
import Foundation

/// The write side: claimdesk builds its project through `Workbench` in this process while the sqlite3
/// shell builds a twin project from generated scripts; each step is timed on both sides and checked
/// to have written the same rows.
struct WriteBenchmark {
    let options: BenchOptions
    let folder: WorkFolder
    let documents: DocumentGenerator
    let claims: ClaimGenerator
    private var shell: SQLiteShell { SQLiteShell(executable: options.sqlite3) }
    private var projectDB: String { WorkFolder.database(folder.project) }
    private var referenceDB: String { WorkFolder.database(folder.reference) }

    init(options: BenchOptions, folder: WorkFolder) {
        self.options = options
        self.folder = folder
        documents = DocumentGenerator(seed: options.seed)
        claims = ClaimGenerator(seed: options.seed, claimsPerDocument: options.claimsPerDocument)
    }

    /// Generates the corpus, then times import, claim creation and evidence on both sides.
    func run(_ log: BenchLog) throws -> (rows: [BenchRow], corpus: Corpus, commands: [String], search: SearchFigures?) {
        let files = try documents.write(count: options.documents, into: folder.documents)
        log.say("generated \(files.paths.count) documents (\(files.bytes) bytes) in \(folder.documents)")
        let bench = Workbench(store: try WorkFolder.openProject(folder.project), reviewer: "bench")
        _ = try WorkFolder.openProject(folder.reference)
        var rows = [try importDocuments(files.paths, bench, log)]
        try addAliases(bench)
        let (creation, evidenceTargets) = try createClaims(bench, log)
        rows.append(creation)
        rows.append(try addEvidence(evidenceTargets, bench, log))
        let search = try SearchBenchmark(options: options, documents: documents)
            .run(bench, claims: options.documents * options.claimsPerDocument, writeSeconds: rows[0].claimdesk + creation.claimdesk, log)
        try bench.store.checkpoint()
        let corpus = try Corpus.measure(folder: folder, paths: files.paths, shell: shell)
        return (rows, corpus, scriptCommands, search)
    }

    /// The sqlite3 commands this side times, as shell lines.
    private var scriptCommands: [String] {
        ["import", "claims", "evidence"].map { scriptCommand($0).shellLine }
    }

    private func scriptCommand(_ name: String) -> BenchCommand {
        BenchCommand(executable: options.sqlite3, arguments: [referenceDB], input: "\(folder.scripts)/\(name).sql")
    }

    private func importDocuments(_ paths: [String], _ bench: Workbench, _ log: BenchLog) throws -> BenchRow {
        let seconds = try Measurement.time {
            for path in paths { _ = try bench.importDocument(path: path, metadata: DocumentMetadata()) }
        }
        var script = try ScriptFile(path: "\(folder.scripts)/import.sql")
        try script.line(ReferenceScripts.header)
        for path in paths { try script.line(ReferenceScripts.importDocument(path: path, title: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)) }
        try script.close()
        let reference = try Measurement.run(scriptCommand("import"), scratch: folder.root)
        let imported = try shell.same("SELECT count(*), max(id), sum(length), count(DISTINCT sha256) FROM documents", projectDB, referenceDB)
        guard imported.hasPrefix("\(paths.count)|\(paths.count)|") else { throw BenchError.mismatch("expected \(paths.count) documents numbered 1…\(paths.count): \(imported)") }
        log.say(String(format: "import: claimdesk %.2f s, sqlite3 %.2f s", seconds, reference.seconds))
        return BenchRow(operation: "import \(paths.count.grouped) documents (one transaction each)", claimdesk: seconds, sqlite: reference.seconds)
    }

    /// Registers the vocabulary's aliases in both projects (untimed), so claims naming a speaker by alias resolve alike.
    private func addAliases(_ bench: Workbench) throws {
        let reference = Workbench(store: try WorkFolder.openProject(folder.reference), reviewer: "bench")
        for speaker in Vocabulary.speakers {
            guard let alias = speaker.alias else { continue }
            _ = try bench.annotateSpeaker(speaker.name, adding: [alias])
            _ = try reference.annotateSpeaker(speaker.name, adding: [alias])
        }
        try reference.store.checkpoint()
    }

    /// `createClaims` per document (timed call by call), while writing the same claims as a script.
    /// Returns the row and the first claim of every tenth document, which gets evidence next.
    private func createClaims(_ bench: Workbench, _ log: BenchLog) throws -> (BenchRow, [Int64]) {
        var script = try ScriptFile(path: "\(folder.scripts)/claims.sql")
        try script.line(ReferenceScripts.header)
        var seconds = 0.0, created = 0, targets: [Int64] = []
        for index in 0..<options.documents {
            let docID = Int64(index + 1)
            let drafts = claims.drafts(for: DocumentText(documents.text(of: index)), index: index)
            var made: [Claim] = []
            seconds += try Measurement.time { made = try bench.createClaims(in: docID, drafts: drafts) }
            created += made.count
            if index % 10 == 0, let first = made.first { targets.append(first.id) }
            try script.line(ReferenceScripts.createClaims(drafts, docID: docID))
            if (index + 1) % 1000 == 0 { log.say("created the claims of \(index + 1) documents (\(String(format: "%.1f", seconds)) s)") }
        }
        try script.close()
        log.say("claims script: \(script.bytes / 1_048_576) MiB; running it")
        let reference = try Measurement.run(scriptCommand("claims"), scratch: folder.root)
        try shell.same("""
            SELECT count(*), sum(length(text)), sum(start), count(speaker_id), (SELECT count(*) FROM speakers), (SELECT count(*) FROM claim_sources),
                   (SELECT count(*) FROM claim_tags), (SELECT count(*) FROM events), max(id) FROM claims
            """, projectDB, referenceDB)
        log.say(String(format: "claims: claimdesk %.2f s, sqlite3 %.2f s", seconds, reference.seconds))
        return (BenchRow(operation: "create \(created.grouped) claims (`createClaims`, one transaction per document)", claimdesk: seconds, sqlite: reference.seconds), targets)
    }

    /// The `evidence` command, one change (one transaction) per claim, beside the same change in SQL.
    private func addEvidence(_ claimIDs: [Int64], _ bench: Workbench, _ log: BenchLog) throws -> BenchRow {
        let context = CommandContext(workbench: bench, output: CapturedOutput())
        let (ref, note) = (Vocabulary.evidence[0], "the bulletin gives a lower figure")
        let seconds = try Measurement.time {
            for id in claimIDs {
                try CommandRegistry.run(words: ["evidence", String(id), ref, "--stance", "refutes", "--note", note], context)
            }
        }
        var script = try ScriptFile(path: "\(folder.scripts)/evidence.sql")
        try script.line(ReferenceScripts.header)
        for id in claimIDs { try script.line(ReferenceScripts.addEvidence(claimID: id, ref: ref, note: note)) }
        try script.close()
        let reference = try Measurement.run(scriptCommand("evidence"), scratch: folder.root)
        try shell.same("SELECT count(*), sum(claim_id), (SELECT count(*) FROM events) FROM evidence", projectDB, referenceDB)
        log.say(String(format: "evidence: claimdesk %.2f s, sqlite3 %.2f s", seconds, reference.seconds))
        return BenchRow(operation: "add evidence to \(claimIDs.count.grouped) claims (`evidence`, one transaction each)", claimdesk: seconds, sqlite: reference.seconds)
    }
}
