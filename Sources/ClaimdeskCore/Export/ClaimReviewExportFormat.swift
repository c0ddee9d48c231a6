/// schema.org `ClaimReview` JSON-LD, a list with one review per claim that has a verdict.
///
/// `claimReviewed` is the claim's text (a discontinuous claim's fragments joined by ` … `); `reviewRating` the status's rating (1 worst, 5 best, with
/// its name as `alternateName`), or, for a misquoted or misattributed claim, 1 named `Misquoted` or
/// `Misattributed` whatever the content's status, with a `reviewBody` that says the attribution
/// failed and how the content fared; `itemReviewed` a `Claim` whose `author` is the speaker (an
/// `Organization` when the speaker is known to be one, else a `Person`) or, for a claim with no
/// speaker, the nearest source it came through (an `Organization`), and whose `appearance` lists
/// the document and the sources it came through (`firstAppearance`: the document). Every term is
/// schema.org's, so each item expands as JSON-LD against the schema.org context with nothing
/// dropped (`Tests/Conformance/claimreview_jsonld.py` checks it). Claims without a numeric verdict (unverified, not_enough_evidence, not_checkable)
/// and no failed attribution are left out and counted. The review's `url` is the claim's `urn:uuid:…` (claimdesk publishes
/// no review page; put the fact-check article's address there when publishing), its `author` the
/// reviewer who last changed the claim and `datePublished` that day.
/// See https://schema.org/ClaimReview and https://developers.google.com/search/docs/appearance/structured-data/factcheck
///
/// ```json
/// [{"@context":"https://schema.org","@type":"ClaimReview","url":"urn:uuid:2f39…","claimReviewed":"Common prosperity …",
///   "reviewRating":{"@type":"Rating","ratingValue":5,"bestRating":5,"worstRating":1,"alternateName":"True"},
///   "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Xi Jinping"},"firstAppearance":{…},"appearance":[…]}}]
/// ```
public struct ClaimReviewExportFormat: ExportFormat {
    public let name = "claimreview"
    public let fileExtension = "jsonld"
    public let skipReason: String? = "no rating for their status (unverified, not_enough_evidence, not_checkable) and no failed attribution"

    public init() {}

    public func header(project: String) -> [UInt8] { Array("[\n".utf8) }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        guard let rating = Self.rating(record) else { return false }
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.field("@context", "https://schema.org")
        json.field("@type", "ClaimReview")
        json.field("url", "urn:uuid:\(record.id)")
        json.field("claimReviewed", record.joinedText)
        json.field("datePublished", String(record.updatedAt.prefix(10)))
        json.key("author")
        thing("Person", record.updatedBy, &json)
        json.key("reviewRating")
        json.beginObject()
        json.field("@type", "Rating")
        json.field("ratingValue", rating.value)
        json.field("bestRating", rating.best)
        json.field("worstRating", rating.worst)
        json.field("alternateName", rating.text)
        json.endObject()
        if let body = Self.reviewBody(record) { json.field("reviewBody", body) }
        itemReviewed(record, &json)
        json.endObject()
        appendArrayItem(json.bytes, index: index, to: &buffer)
        return true
    }

    /// A failed attribution's rating (1, `Misattributed`), else the content's.
    static func rating(_ record: ExportRecord) -> VerificationStatus.Rating? {
        record.attribution.ratingName.map { VerificationStatus.Rating(value: 1, text: $0) } ?? record.status.rating
    }

    /// The rationale; for a failed attribution, which part failed and how the content fared:
    /// `Attribution failed (misattributed): …. Content: refuted: ….`
    static func reviewBody(_ record: ExportRecord) -> String? {
        guard record.attribution.failed else { return record.rationale }
        let attribution = sentence("Attribution failed (\(record.attribution.rawValue))", record.attributionRationale)
        return attribution + " " + sentence("Content: \(record.status.rawValue)", record.rationale)
    }

    /// `head: reason.`, or `head.` without a reason; a reason's own final stop is kept.
    private static func sentence(_ head: String, _ reason: String?) -> String {
        guard let reason else { return head + "." }
        return head + ": " + reason + (reason.hasSuffix(".") || reason.hasSuffix("!") || reason.hasSuffix("?") ? "" : ".")
    }

    public func footer(records: Int) -> [UInt8] { Array("\n]\n".utf8) }

    private func itemReviewed(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("itemReviewed")
        json.beginObject()
        json.field("@type", "Claim")
        if let speaker = record.speaker {
            json.key("author")
            thing(record.speakerKind == "organisation" ? "Organization" : "Person", speaker, &json)
        } else if let source = record.sources.first {
            json.key("author")
            thing("Organization", source.name, &json)
        }
        json.key("firstAppearance")
        document(record, &json)
        json.key("appearance")
        json.beginArray()
        document(record, &json)
        for source in record.sources {
            json.beginObject()
            json.field("@type", "CreativeWork")
            json.field("name", source.via.map { "\(source.name) (\($0))" } ?? source.name)
            if let url = source.url { json.field("url", url) }
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func document(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("@type", "CreativeWork")
        json.field("headline", record.docTitle)
        if let url = record.docURL { json.field("url", url) }
        if let published = record.docPublished { json.field("datePublished", published) }
        json.endObject()
    }

    private func thing(_ type: String, _ name: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("@type", type)
        json.field("name", name)
        json.endObject()
    }
}
