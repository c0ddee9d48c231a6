import Foundation

/// Reads one brat standoff file (`NAME.ann` and the text it annotates) into claims of the document
/// whose text that is.
///
/// Entities whose type `--map`s to `claim` become claims. Their fragments, in any order, are sorted;
/// fragments separated only by line breaks join into one span (claimdesk's own cross-line claims),
/// and fragments with text between them make a discontinuous claim (``ClaimFragments``). Speakers,
/// cues, statuses and the rest come from ``BratClaimLinks``; a note written by claimdesk (a JSON
/// object) restores everything else — id, speaker name and aliases, sources, rationale, evidence,
/// tags, review state, who and when — and any other note on a claim becomes its rationale.
/// Offsets count code points of the text with its line ends read as brat reads them (`\r\n` as one
/// `\n`); a text whose entities only fit with `\r` counted is read that way. Every entity's offsets
/// must lie in the text and its written text match them.
/// See https://brat.nlplab.org/standoff.html
///
/// ```swift
/// let file = try BratReader.read(path: "doc.ann", text: ("doc.txt", text), map: LabelMap.parse("Claim=claim,Speaker=speaker,Cue=cue"))
/// file.claims.count
/// ```
enum BratReader {
    struct File {
        var claims: [ImportedClaim]
        var tally: BratTally
    }

    /// `text` is the `.txt` (path and contents), or nil to take the first of `candidates` (project
    /// documents' texts) that every entity fits. Types and roles without a role in `map` are left
    /// out and tallied as ``BratTally/unmapped``, for the caller to refuse or report.
    static func read(path: String, text source: (path: String, raw: String)?, candidates: () throws(ClaimdeskError) -> [String] = { [] },
                     map: LabelMap, layer: String? = nil) throws(ClaimdeskError) -> File {
        let ann = try BratAnnotations(path: path)
        let (text, lineEndsAsLF, raw) = try offsetSpace(source?.raw, ann, path: path, candidates: candidates)
        let brat = lineEndsAsLF || !raw.unicodeScalars.contains("\r") ? nil : BratText(text)
        let toBrat = { (offset: Int) in brat?.offset(original: offset) ?? offset }
        let pieces = { (entity: BratAnnotations.Entity) in Self.pieces(entity, in: text) }
        let links = BratClaimLinks(ann, map: map,
                                   spans: { entity in entity.fragments.sorted { $0.lowerBound < $1.lowerBound }.map { toBrat($0.lowerBound)..<toBrat($0.upperBound) } },
                                   isOnePiece: { pieces($0).count == 1 })
        var tally = links.tally
        tally.files = 1
        let entities = links.claims.keys.map { ann.entities[$0]! }.sorted { ($0.outer.lowerBound, $0.line) < ($1.outer.lowerBound, $1.line) }
        let claims = try entities.map { entity throws(ClaimdeskError) in
            var claim = try ClaimRecord.decode(try record(entity, links.claims[entity.id]!, ann, text, pieces), origin: entity.origin)
            (claim.docText, claim.docLineEndsAsLF, claim.docPath, claim.layer) = (text.string, lineEndsAsLF, source?.path, layer)
            tally.count(claim.state)
            return claim
        }
        tally.claims = claims.count
        return File(claims: claims, tally: tally)
    }

    /// The text the offsets count in, whether its line ends are `\n` only, and the text as read: the
    /// `.txt` read as brat reads it (line ends as `\n`) when every entity fits it, else the `.txt` as
    /// it is; without a `.txt`, the first candidate every entity fits.
    private static func offsetSpace(_ raw: String?, _ ann: BratAnnotations, path: String,
                                    candidates: () throws(ClaimdeskError) -> [String]) throws(ClaimdeskError) -> (DocumentText, Bool, String) {
        guard let raw else {
            for candidate in try candidates() {
                if let fit = try? offsetSpace(candidate, ann, path: path, candidates: { [] }) { return fit }
            }
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            throw .badInput("\((path as NSString).lastPathComponent): no \(name).txt found for it and no project document fits its spans; put the .txt beside it or import the document first")
        }
        let verbatim = DocumentText(raw, characterBoundaries: false)
        let universal = raw.unicodeScalars.contains("\r") ? DocumentText(BratText(verbatim).string, characterBoundaries: false) : verbatim
        if let misfit = firstMisfit(ann, in: universal) {
            guard universal.count != verbatim.count, firstMisfit(ann, in: verbatim) == nil else { throw misfit }
            return (verbatim, false, raw)
        }
        return (universal, true, raw)
    }

    /// The first entity (in file order) whose offsets lie outside the text or whose written text differs, as an error.
    private static func firstMisfit(_ ann: BratAnnotations, in text: DocumentText) -> ClaimdeskError? {
        for entity in ann.entities.values.sorted(by: { $0.line < $1.line }) {
            guard entity.outer.upperBound <= text.count else {
                return .badInput("\(entity.origin): \(entity.id)'s offsets \(entity.outer.lowerBound)..\(entity.outer.upperBound) run past the end of the text (\(text.count.counted("code point"))); the .ann and .txt do not belong together")
            }
            guard let written = entity.text, !written.isEmpty else { continue }
            let actual = entity.fragments.map(text.slice).joined(separator: " ")
            if let continuation = entity.continuation, collapsed(written) != collapsed(actual) {
                return .badInput("\(continuation) is not a brat line: each line starts with an id (T1, E1, R1, *, A1, M1, N1, #1) and a tab (nor is it the rest of \(entity.id)'s text); fix or remove it")
            }
            guard written == actual || entity.continuation != nil else {
                return .badInput("\(entity.origin): its offsets do not give its text: \(entity.id) says '\(written.prefix(40))' but the text there is '\(actual.prefix(40))'; the .ann and .txt do not belong together")
            }
        }
        return nil
    }

    /// Text with every run of whitespace as one space, for texts written over several lines.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An entity's pieces: its fragments sorted, those touching, overlapping or separated only by line breaks joined.
    static func pieces(_ entity: BratAnnotations.Entity, in text: DocumentText) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        for fragment in entity.fragments.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = pieces.last, last.upperBound >= fragment.lowerBound
                || text.scalars[last.upperBound..<fragment.lowerBound].allSatisfy(BratText.isLineBreak) {
                pieces[pieces.count - 1] = last.lowerBound..<max(last.upperBound, fragment.upperBound)
            } else {
                pieces.append(fragment)
            }
        }
        return pieces
    }

    /// The contract fields of one claim entity: its span and fragments, speaker mention, cue, statuses, notes and tags.
    private static func record(_ entity: BratAnnotations.Entity, _ claim: BratClaimLinks.Claim, _ ann: BratAnnotations, _ text: DocumentText,
                               _ pieces: (BratAnnotations.Entity) -> [Range<Int>]) throws(ClaimdeskError) -> [String: Any] {
        let span = entity.outer
        var record: [String: Any] = note(claim.notes)
        (record["start"], record["end"], record["text"]) = (span.lowerBound, span.upperBound, text.slice(span))
        let fragments = pieces(entity)
        if fragments.count > 1 { record["fragments"] = fragments.map { [$0.lowerBound, $0.upperBound] } }
        if let speaker = claim.speaker.flatMap({ ann.entities[$0] }) {
            let mention = speaker.outer
            (record["speaker_start"], record["speaker_end"]) = (mention.lowerBound, mention.upperBound)
            if record["speaker"] == nil { record["speaker"] = claim.speakerName ?? text.slice(mention) }
        }
        if let cue = claim.cue.flatMap({ ann.entities[$0] }) {
            let range = cue.outer
            (record["cue"], record["cue_start"], record["cue_end"]) = (text.slice(range), range.lowerBound, range.upperBound)
        }
        if let status = claim.status {
            do { _ = try VerificationStatus.parse(status.value ?? "") } catch { throw .badInput("\(status.origin): \(error.message)") }
            record["status"] = status.value
        }
        if let attribution = claim.attribution {
            do { _ = try AttributionStatus.parse(attribution.value ?? "") } catch { throw .badInput("\(attribution.origin): \(error.message)") }
            record["attribution_status"] = attribution.value
        }
        let tags = (record["tags"] as? [String] ?? []) + claim.tags
        if !tags.isEmpty { record["tags"] = Set(tags).sorted() }
        return record
    }

    /// A claimdesk note's fields, or any other notes (joined by line breaks) as the rationale.
    private static func note(_ texts: [String]) -> [String: Any] {
        let texts = texts.filter { !$0.isEmpty }
        if texts.count == 1, let object = try? JSONSerialization.jsonObject(with: Data(texts[0].utf8)) as? [String: Any] { return object }
        return texts.isEmpty ? [:] : ["rationale": texts.joined(separator: "\n")]
    }
}
