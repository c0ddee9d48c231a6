import Foundation

/// Reads brat standoff: `NAME.ann` with `NAME.txt` beside it, into claims of the document whose
/// text the `.txt` holds.
///
/// Entities whose label `--map`s to `claim` become claims: fragments separated only by line
/// breaks join into one span (claimdesk's own cross-line claims); any other gap is an error.
/// Relations from a claim to an entity mapped to `speaker` or `cue` give its speaker mention
/// and cue (a file without relations: the nearest such entity); `Status` and `AttributionStatus`
/// attributes give the two statuses; a note written by claimdesk (a JSON object) restores everything else — id, speaker
/// name and aliases, sources, rationale, evidence, tags, review state, who and when — and any
/// other note becomes the rationale. Offsets count code points of the `.txt` with its line ends
/// read as brat reads them (`\r\n` as one `\n`); a `.txt` whose entities only fit with `\r`
/// counted is read that way. Every entity's text must match the `.txt`.
/// See https://brat.nlplab.org/standoff.html
///
/// ```swift
/// let claims = try BratReader.read(path: "claims-brat/f58f….ann", map: LabelMap.parse("Claim=claim,Speaker=speaker,Cue=cue"))
/// ```
enum BratReader {
    static func read(path: String, map: LabelMap) throws(ClaimdeskError) -> [ImportedClaim] {
        let raw = try AnnotationFile.text((path as NSString).deletingPathExtension + ".txt")
        let ann = try BratAnnotations(path: path)
        let (text, lineEndsAsLF) = try offsetSpace(raw, ann)
        var roles: [String: LabelMap.Role] = [:]
        for entity in ann.entities.values { roles[entity.id] = try map.role(of: entity.label, origin: entity.origin) }
        let links = try BratLinks(ann, roles: roles)
        let claims = ann.entities.values.filter { roles[$0.id] == .claim }
            .sorted { ($0.outer.lowerBound, $0.line) < ($1.outer.lowerBound, $1.line) }
        return try claims.map { entity throws(ClaimdeskError) in
            var claim = try ClaimRecord.decode(try record(entity, links, ann, text), origin: entity.origin)
            (claim.docText, claim.docLineEndsAsLF) = (text.string, lineEndsAsLF)
            return claim
        }
    }

    /// The text the offsets count in, and whether its line ends are `\n` only: brat's reading of the
    /// `.txt` (line ends as `\n`) when every entity fits it, else the `.txt` as it is.
    private static func offsetSpace(_ raw: String, _ ann: BratAnnotations) throws(ClaimdeskError) -> (DocumentText, Bool) {
        let verbatim = DocumentText(raw)
        let universal = raw.unicodeScalars.contains("\r") ? DocumentText(BratText(verbatim).string) : verbatim
        if let misfit = firstMisfit(ann, in: universal) {
            guard universal.count != verbatim.count, firstMisfit(ann, in: verbatim) == nil else {
                throw .badInput("\(misfit.origin): its offsets do not give its text in the .txt; the .ann and .txt do not belong together")
            }
            return (verbatim, false)
        }
        return (universal, true)
    }

    private static func firstMisfit(_ ann: BratAnnotations, in text: DocumentText) -> BratAnnotations.Entity? {
        ann.entities.values.sorted { $0.line < $1.line }.first { entity in
            guard entity.fragments.last!.upperBound <= text.count else { return true }
            guard let written = entity.text, !written.isEmpty else { return false }
            return written != entity.fragments.map(text.slice).joined(separator: " ")
        }
    }

    /// The contract fields of one claim entity: its span, speaker mention, cue, status and note.
    private static func record(_ entity: BratAnnotations.Entity, _ links: BratLinks, _ ann: BratAnnotations,
                               _ text: DocumentText) throws(ClaimdeskError) -> [String: Any] {
        let span = try joined(entity, in: text)
        var record: [String: Any] = note(ann.notes[entity.id])
        (record["start"], record["end"], record["text"]) = (span.lowerBound, span.upperBound, text.slice(span))
        if let speaker = links.speaker(of: entity.id) {
            let mention = try joined(speaker, in: text)
            (record["speaker_start"], record["speaker_end"]) = (mention.lowerBound, mention.upperBound)
            if record["speaker"] == nil { record["speaker"] = text.slice(mention) }
        }
        if let cue = links.cue(of: entity.id) {
            let range = try joined(cue, in: text)
            (record["cue"], record["cue_start"], record["cue_end"]) = (text.slice(range), range.lowerBound, range.upperBound)
        }
        if let status = ann.statuses[entity.id] {
            do { _ = try VerificationStatus.parse(status.value) } catch { throw .badInput("\(status.origin): \(error.message)") }
            record["status"] = status.value
        }
        if let attribution = ann.attributions[entity.id] {
            do { _ = try AttributionStatus.parse(attribution.value) } catch { throw .badInput("\(attribution.origin): \(error.message)") }
            record["attribution_status"] = attribution.value
        }
        return record
    }

    /// One span from the first fragment's start to the last one's end, when only line breaks lie between.
    private static func joined(_ entity: BratAnnotations.Entity, in text: DocumentText) throws(ClaimdeskError) -> Range<Int> {
        for (left, right) in zip(entity.fragments, entity.fragments.dropFirst())
        where !text.scalars[left.upperBound..<right.lowerBound].allSatisfy(BratText.isLineBreak) {
            throw .badInput("\(entity.origin): \(entity.id)'s fragments have text between them; claimdesk spans are contiguous, so join or split it in brat")
        }
        return entity.outer
    }

    /// A claimdesk note's fields, or any other note as the rationale.
    private static func note(_ text: String?) -> [String: Any] {
        guard let text, !text.isEmpty else { return [:] }
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] { return object }
        return ["rationale": text]
    }
}
