/// Label Studio tasks: a JSON list with one task per document that has claims, which Label
/// Studio's importer takes as it is, and its labeling configuration beside it
/// (`claims-labelstudio.config.xml`, ``configuration``) to create the project with.
///
/// A task is `{"data": {"text", "doc_id", "title", "url", "published"}, "meta": {"doc_sha256"},
/// "annotations": [{"result": […]}]}` (`"predictions": [{"model_version": "claimdesk", "result": […]}]`
/// with `asPredictions`, for review as pre-annotations). Offsets are UTF-16 code units of `data.text`,
/// as Label Studio counts them (JavaScript string indices): after an emoji outside the Basic
/// Multilingual Plane they are one more than claimdesk's code points. Per claim N:
/// - a `labels` region `Claim` with id `claim-N` (`value.start`, `end`, `text`, `labels`); a
///   discontinuous claim is one region per fragment (`claim-N`, `claim-N.2`, …), each joined to
///   the next by a relation labelled `continues`, as Label Studio has no region in pieces;
/// - `Speaker` and `Cue` regions (`speaker-START-END`, `cue-START-END` with the region's offsets, one per span
///   shared by the claims that use it), joined to the claim by relations labelled `speaker` and `cue`;
/// - per-region results on `claim-N`: `choices` `status` (always), `choices` `attribution` (when
///   not unverified), `textarea`s `rationale`, `attribution_rationale`, and `speaker_name` when the
///   speaker's name is not the mention's text (or there is no mention).
/// Sources, evidence, tags and review state stay in claimdesk's own formats.
/// See https://labelstud.io/guide/task_format and https://labelstud.io/guide/predictions
///
/// ```json
/// [
/// {"data":{"text":"Bo said 👍 “it rose”","doc_id":"…","title":"…"},"meta":{"doc_sha256":"…"},"annotations":[{"result":[
///  {"id":"claim-1","type":"labels","from_name":"label","to_name":"text","value":{"start":13,"end":20,"text":"it rose","labels":["Claim"]}},…]}]}
/// ]
/// ```
public struct LabelStudioExportFormat: DocumentExportFormat {
    public let name = "labelstudio"
    public let fileExtension = "json"
    /// Whether the claims are written as a model's `predictions` rather than `annotations`.
    public var asPredictions: Bool

    public init(asPredictions: Bool = false) {
        self.asPredictions = asPredictions
    }

    public var companions: [String: [UInt8]] { [".config.xml": Array(LabelStudioExportFormat.configuration.utf8)] }

    public func header(project: String) -> [UInt8] { Array("[\n".utf8) }

    public func footer(documents: Int) -> [UInt8] { Array((documents == 0 ? "]\n" : "\n]\n").utf8) }

    public func append(_ document: ExportedDocument, records: [ExportRecord], index: Int, to buffer: inout [UInt8]) {
        if index > 0 { buffer.append(contentsOf: Array(",\n".utf8)) }
        var json = JSONWriter(capacity: document.text.string.utf8.count + 1024 * records.count)
        json.beginObject()
        data(document, records[0], &json)
        json.key(asPredictions ? "predictions" : "annotations")
        json.beginArray()
        json.beginObject()
        if asPredictions { json.field("model_version", "claimdesk") }
        json.key("result")
        var regions = LabelStudioRegions(text: document.text)
        json.beginArray()
        for record in records { regions.add(record, to: &json) }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        buffer.append(contentsOf: json.bytes)
    }

    private func data(_ document: ExportedDocument, _ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("data")
        json.beginObject()
        json.field("text", document.text.string)
        json.field("doc_id", document.uid)
        json.field("title", record.docTitle)
        if let url = record.docURL { json.field("url", url) }
        if let published = record.docPublished { json.field("published", published) }
        json.endObject()
        json.key("meta")
        json.beginObject()
        json.field("doc_sha256", record.docSHA256)
        json.endObject()
    }

    /// The labeling configuration the tasks go with: the text, the three labels, the three
    /// relations, and per claim its status, attribution, rationales and speaker's name.
    /// See https://labelstud.io/tags/
    static let configuration = """
        <View>
          <Header value="$title"/>
          <Labels name="label" toName="text">
            <Label value="Claim" background="#f4a261"/>
            <Label value="Speaker" background="#2a9d8f"/>
            <Label value="Cue" background="#8ab17d"/>
          </Labels>
          <Relations>
            <Relation value="speaker"/>
            <Relation value="cue"/>
            <Relation value="continues"/>
          </Relations>
          <Text name="text" value="$text"/>
          <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="Claim">
            <Header value="Status"/>
            <Choices name="status" toName="text" perRegion="true" choice="single">
        \(VerificationStatus.allCases.map { "      <Choice value=\"\($0.rawValue)\"/>" }.joined(separator: "\n"))
            </Choices>
            <Header value="Attribution"/>
            <Choices name="attribution" toName="text" perRegion="true" choice="single">
        \(AttributionStatus.allCases.map { "      <Choice value=\"\($0.rawValue)\"/>" }.joined(separator: "\n"))
            </Choices>
            <Header value="Rationale"/>
            <TextArea name="rationale" toName="text" perRegion="true" maxSubmissions="1" editable="true"/>
            <Header value="Attribution rationale"/>
            <TextArea name="attribution_rationale" toName="text" perRegion="true" maxSubmissions="1" editable="true"/>
            <Header value="Speaker's name (when not the mention's text)"/>
            <TextArea name="speaker_name" toName="text" perRegion="true" maxSubmissions="1" editable="true"/>
          </View>
        </View>

        """
}
