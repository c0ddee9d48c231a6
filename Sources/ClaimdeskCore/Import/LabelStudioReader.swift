import Foundation

/// Reads Label Studio's JSON export: a list of tasks (or one task), each `{"data": {"text": …},
/// "annotations": [{"result": […]}], "predictions": [{"result": […]}]}`, into claims of the
/// project document with exactly the task's text (import the documents first, as for doccano).
/// JSON-MIN exports (flat records with the text and a list of `{start, end, text, labels}`) read too.
///
/// The text is the one string of `data`, or `data.text`, or the key `--text-key` names. Each task's
/// annotations (cancelled ones left aside) are read by ``LabelStudioAnnotation``; its predictions
/// are read when it has no annotation, and counted as left aside when it has. A task with several
/// annotations goes into layers, one per annotator, with `layerFromAnnotator` (`completed_by`: the
/// email, or `annotator-ID`; a prediction: its `model_version`), and is refused otherwise.
///
/// Labels with no role in `--map`, and results claimdesk has no place for, refuse the file with
/// their counts unless `skipUnmapped`; spans whose offsets fit neither UTF-16 nor code points are
/// returned in ``Reading/unreconciled`` for the command to list (and refuse, or skip).
/// See https://labelstud.io/guide/export#Label-Studio-JSON-format-of-annotated-tasks
///
/// ```swift
/// let reading = try LabelStudioReader.read(path: "project-1.json", options: .init(map: try LabelMap.parse("Claim=claim,Speaker=speaker")))
/// reading.claims.count   // claims to store
/// ```
enum LabelStudioReader {
    struct Options {
        var map: LabelMap
        var textKey: String?
        var skipUnmapped = false
        var layerFromAnnotator = false
    }

    /// What a file holds: its claims (only the reconciled ones), its unreconciled spans, and what was left aside, a line each.
    struct Reading {
        var claims: [ImportedClaim] = []
        var unreconciled: [String] = []
        var leftAside: [String] = []
    }

    /// One annotation or prediction of a task, and the layer it would go to.
    private struct AnnotationSet {
        let results: [[String: Any]]
        let origin: String
        let layer: String
    }

    static func read(path: String, options: Options) throws(ClaimdeskError) -> Reading {
        let file = (path as NSString).lastPathComponent
        var reading = Reading()
        var (unmapped, unplaced): ([String: Int], [String: Int]) = ([:], [:])
        var crowded: [String] = []
        var (predictionsAside, cancelled) = (0, 0)
        for (index, task) in try tasks(in: try AnnotationFile.text(path), file: file).enumerated() {
            let origin = "\(file) task \(name(task["id"]) ?? "#\(index + 1)")"
            let text = DocumentText(try taskText(task, key: options.textKey, origin: origin))
            let lineEndsAsLF = !text.scalars.contains("\r")   // a CRLF document's text as a browser gives it
            let sets = try annotationSets(task, origin: origin, predictionsAside: &predictionsAside, cancelled: &cancelled)
            if sets.count > 1 && !options.layerFromAnnotator {
                crowded.append("\(origin) (\(sets.map(\.layer).joined(separator: ", ")))")
                continue
            }
            for set in sets {
                let annotation = LabelStudioAnnotation(results: set.results, text: text, map: options.map, origin: set.origin)
                unmapped.merge(annotation.unmapped, uniquingKeysWith: +)
                unplaced.merge(annotation.unplaced, uniquingKeysWith: +)
                reading.unreconciled += annotation.unreconciled
                for (region, state) in try annotation.claims() {
                    var claim = ImportedClaim(origin: "\(set.origin) result \(region)", docText: text.string, state: state)
                    claim.docLineEndsAsLF = lineEndsAsLF
                    if options.layerFromAnnotator { claim.layer = set.layer }
                    reading.claims.append(claim)
                }
            }
        }
        reading.leftAside = try leftAside(unmapped, unplaced, skip: options.skipUnmapped, file: file)
        guard crowded.isEmpty else {
            throw .badInput("\(crowded.count) task\(crowded.count == 1 ? " has" : "s have") several annotations and claimdesk keeps one set of claims per document: \(crowded.prefix(3).joined(separator: "; "))\(crowded.count > 3 ? "; …" : ""); pass --layer-from-annotator to import each as its annotator's layer, or export one annotation per task")
        }
        if predictionsAside > 0 { reading.leftAside.append("left aside: \(predictionsAside.counted("prediction")) of tasks that have annotations") }
        if cancelled > 0 { reading.leftAside.append("left aside: \(cancelled.counted("cancelled annotation"))") }
        return reading
    }

    /// The file's tasks: a JSON list of them, or one task; JSON-MIN records become tasks.
    private static func tasks(in text: String, file: String) throws(ClaimdeskError) -> [[String: Any]] {
        let parsed = JSONLineParser.parse(text)
        guard let tasks = (parsed as? [[String: Any]]) ?? (parsed as? [String: Any]).map({ [$0] }) else {
            throw .badInput("\(file) is not Label Studio JSON (a list of tasks, or one task); export the project from Label Studio as JSON")
        }
        return tasks.map { $0["data"] == nil ? fromMinimal($0) : $0 }
    }

    /// A JSON-MIN record as a task: its lists of `{start, end, labels}` as one annotation's regions, its other strings as data.
    private static func fromMinimal(_ record: [String: Any]) -> [String: Any] {
        let metadata: Set<String> = ["id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time"]
        var (data, results): ([String: Any], [[String: Any]]) = ([:], [])
        for key in record.keys.sorted() where !metadata.contains(key) {
            if let spans = record[key] as? [[String: Any]], spans.allSatisfy({ $0["labels"] != nil }) {
                results += spans.map { ["type": "labels", "from_name": key, "value": $0] }
            } else {
                data[key] = record[key]
            }
        }
        return ["id": record["id"] ?? NSNull(), "data": data,
                "annotations": [["result": results, "completed_by": record["annotator"] ?? NSNull(), "id": record["annotation_id"] ?? NSNull()]]]
    }

    /// The document's text: `data[key]`, the one string of `data`, or `data.text`.
    private static func taskText(_ task: [String: Any], key: String?, origin: String) throws(ClaimdeskError) -> String {
        guard let data = task["data"] as? [String: Any] else { throw .badInput("\(origin) has no \"data\" object; is it a Label Studio JSON export?") }
        let strings = data.keys.filter { data[$0] is String }.sorted()
        if let key {
            guard let text = data[key] as? String else { throw .badInput("\(origin): data has no text \"\(key)\" (its text fields: \(strings.joined(separator: ", "))); check --text-key") }
            return text
        }
        if strings.count == 1 { return data[strings[0]] as! String }
        if let text = data["text"] as? String { return text }
        throw .badInput("\(origin): data has \(strings.count) text fields (\(strings.joined(separator: ", "))); name the document's with --text-key")
    }

    /// The task's annotations, not cancelled, or its predictions when it has no annotation.
    private static func annotationSets(_ task: [String: Any], origin: String, predictionsAside: inout Int, cancelled: inout Int) throws(ClaimdeskError) -> [AnnotationSet] {
        let all = try objects(task["annotations"], "annotations", origin)
        let annotations = all.filter { $0["was_cancelled"] as? Bool != true }
        cancelled += all.count - annotations.count
        let predictions = try objects(task["predictions"], "predictions", origin)
        guard annotations.isEmpty else {
            predictionsAside += predictions.count
            return try annotations.enumerated().map { index, annotation throws(ClaimdeskError) in
                let place = "\(origin) annotation \(name(annotation["id"]) ?? "#\(index + 1)")"
                return AnnotationSet(results: try objects(annotation["result"], "result", place), origin: place, layer: annotator(annotation["completed_by"]))
            }
        }
        return try predictions.enumerated().map { index, prediction throws(ClaimdeskError) in
            let place = "\(origin) prediction \(name(prediction["id"]) ?? "#\(index + 1)")"
            return AnnotationSet(results: try objects(prediction["result"], "result", place), origin: place,
                                 layer: (prediction["model_version"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "prediction")
        }
    }

    /// A list of JSON objects under `key` (none when absent or null), or an error saying it is not one.
    private static func objects(_ value: Any?, _ key: String, _ origin: String) throws(ClaimdeskError) -> [[String: Any]] {
        guard let value, !(value is NSNull) else { return [] }
        guard let objects = value as? [[String: Any]] else { throw .badInput("\(origin): \"\(key)\" is not a list of objects; is it a Label Studio JSON export?") }
        return objects
    }

    /// A layer name for `completed_by`: a user object's email, or `annotator-ID`.
    private static func annotator(_ completedBy: Any?) -> String {
        if let user = completedBy as? [String: Any] {
            if let email = user["email"] as? String, !email.isEmpty { return email }
            return "annotator-\(name(user["id"]) ?? "unknown")"
        }
        return "annotator-\(name(completedBy) ?? "unknown")"
    }

    /// An id as text (Label Studio's are numbers or strings).
    private static func name(_ id: Any?) -> String? {
        switch id {
        case let number as Int: String(number)
        case let text as String: text
        default: nil
        }
    }

    /// The refusal naming unmapped labels and unplaced results with their counts, or (with `skip`) a line saying what was skipped.
    private static func leftAside(_ unmapped: [String: Int], _ unplaced: [String: Int], skip: Bool, file: String) throws(ClaimdeskError) -> [String] {
        let counted = { (counts: [String: Int]) in counts.keys.sorted().map { "\($0) (\(counts[$0]!))" }.joined(separator: ", ") }
        var parts: [String] = []
        if !unmapped.isEmpty { parts.append("labels with no role in --map: \(counted(unmapped))") }
        if !unplaced.isEmpty { parts.append("results claimdesk has no place for: \(counted(unplaced))") }
        guard !parts.isEmpty else { return [] }
        guard skip else {
            let example = unmapped.keys.sorted().first.map { "add labels to --map (e.g. --map Claim=claim,\($0)=speaker) or " } ?? ""
            throw .badInput("\(file): \(parts.joined(separator: "; ")); \(example)pass --skip-unmapped to import the rest")
        }
        return ["skipped: " + parts.joined(separator: "; ")]
    }
}
