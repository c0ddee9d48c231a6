/// One Label Studio annotation (or prediction) of one task: its `result` list read into claims.
///
/// `labels` results are regions: each label `--map`s to claim, speaker or cue, and the region's
/// `value.start`/`value.end` (UTF-16 code units in Label Studio) become code points, checked
/// against `value.text` (see ``reconcile(_:_:_:_:codePointsFirst:)``); when the spans of an annotation
/// all fit as code points and not all as UTF-16 (a tool, or a Label Studio version, that counts code
/// points), code points are tried first for each of its spans. `relation` results join a claim to its speaker
/// mention and cue (either direction; in an annotation without such relations, the nearest ones
/// are taken), and claim regions joined by relations labelled `continues` are the fragments of one
/// discontinuous claim. Per-region `choices` give the claim's status (`from_name` `attribution`:
/// its attribution status); per-region `textarea`s named `rationale`, `attribution_rationale` and
/// `speaker_name` give those fields. Anything else is counted in ``unplaced``, never guessed at.
///
/// ```swift
/// let annotation = LabelStudioAnnotation(results: results, text: text, map: map, origin: "tasks.json task 3 annotation 7")
/// annotation.unreconciled   // ["tasks.json task 3 annotation 7 result a1: Claim 12..20 «…» is not the text there, …"]
/// let claims = try annotation.claims()
/// ```
struct LabelStudioAnnotation {
    private struct Region {
        let id: String
        let role: LabelMap.Role
        let range: Range<Int>
    }

    private struct Link {
        let from: String
        let to: String
        var continues: Bool
    }

    /// What per-region results give a claim.
    private struct ClaimFields {
        var status: VerificationStatus = .unverified
        var attribution: AttributionStatus = .unverified
        var rationale: String?
        var attributionRationale: String?
        var speakerName: String?
    }

    let text: DocumentText
    let origin: String
    /// Regions whose offsets fit the text neither as UTF-16 nor as code points (and claims left
    /// out because a fragment of theirs is one of them), a line each.
    private(set) var unreconciled: [String] = []
    /// Labels with no role in `--map`, with how many regions carry them.
    private(set) var unmapped: [String: Int] = [:]
    /// Results claimdesk has no place for (`choices 'positive' (sentiment)`), with how many.
    private(set) var unplaced: [String: Int] = [:]
    private var regions: [String: Region] = [:]
    private var order: [String] = []
    /// Regions left out (unmapped labels, unreconciled offsets): what refers to them is left out too.
    private var dropped: Set<String> = []
    private var links: [Link] = []
    private var fields: [String: ClaimFields] = [:]
    /// Claim region ids, a list per claim (several for a discontinuous one).
    private var groups: [[String]] = []

    init(results: [[String: Any]], text: DocumentText, map: LabelMap, origin: String) {
        self.text = text
        self.origin = origin
        let offsets = UTF16Offsets(text)
        let codePointsFirst = Self.countsCodePoints(results, text, offsets)
        var perRegion: [[String: Any]] = []
        for (index, result) in results.enumerated() {
            switch result["type"] as? String {
            case "labels": addRegion(result, id: result["id"] as? String ?? "#\(index + 1)", map, offsets, codePointsFirst)
            case "relation":
                guard let from = result["from_id"] as? String, let to = result["to_id"] as? String else { count(&unplaced, "relation without from_id and to_id"); continue }
                links.append(Link(from: from, to: to, continues: (result["labels"] as? [String] ?? []).contains { $0.lowercased() == "continues" }))
            case "choices", "textarea": perRegion.append(result)
            case let type: count(&unplaced, "\(type ?? "untyped") result \(result["from_name"] as? String ?? "")")
            }
        }
        for result in perRegion { addField(result) }
        checkLinks()
        groupFragments()
    }

    /// The claims, fragments joined, with their speakers, cues and per-region fields, each with its (first) region's id.
    func claims() throws(ClaimdeskError) -> [(region: String, state: ClaimState)] {
        try groups.map { group throws(ClaimdeskError) in
            var state = try claim(group)
            let claimFields = group.lazy.compactMap { fields[$0] }.first ?? ClaimFields()
            if let name = claimFields.speakerName { state.speaker = name }
            (state.status, state.attribution) = (claimFields.status, claimFields.attribution)
            (state.rationale, state.attributionRationale) = (claimFields.rationale, claimFields.attributionRationale)
            return (group[0], state)
        }
    }

    /// The code points a Label Studio span means: its UTF-16 reading when that gives `written`, else
    /// its code-point reading when that does (some tools write code points) — code points first with
    /// `codePointsFirst`; with no text to check, the first reading alone; nil when none fits, or the
    /// span is empty or out of range.
    ///
    /// ```swift
    /// let text = DocumentText("👍 yes")
    /// LabelStudioAnnotation.reconcile(3..<6, "yes", text, UTF16Offsets(text))   // 2..<5
    /// LabelStudioAnnotation.reconcile(2..<5, "yes", text, UTF16Offsets(text))   // 2..<5 (code points)
    /// ```
    static func reconcile(_ span: Range<Int>, _ written: String?, _ text: DocumentText, _ offsets: UTF16Offsets,
                          codePointsFirst: Bool = false) -> Range<Int>? {
        guard span.lowerBound >= 0, !span.isEmpty else { return nil }
        let readings = [offsets.codePoints(span), span.upperBound <= text.count ? span : nil]
        let ordered = codePointsFirst ? readings.reversed() : readings
        guard let written else { return ordered[0] }
        return ordered.lazy.compactMap { $0 }.first { text.slice($0) == written }
    }

    /// Whether an annotation's spans all give their text as code points and not all as UTF-16 units.
    private static func countsCodePoints(_ results: [[String: Any]], _ text: DocumentText, _ offsets: UTF16Offsets) -> Bool {
        let spans = results.compactMap { result -> (Range<Int>, String)? in
            let value = result["value"] as? [String: Any] ?? [:]
            guard result["type"] as? String == "labels", let start = value["start"] as? Int, let end = value["end"] as? Int,
                  0 <= start, start < end, let written = value["text"] as? String else { return nil }
            return (start..<end, written)
        }
        let fit = { (read: (Range<Int>) -> Range<Int>?) in spans.allSatisfy { span, written in read(span).map { text.slice($0) == written } ?? false } }
        return !fit(offsets.codePoints) && fit { $0.upperBound <= text.count ? $0 : nil }
    }

    // MARK: Reading results

    private mutating func addRegion(_ result: [String: Any], id: String, _ map: LabelMap, _ offsets: UTF16Offsets, _ codePointsFirst: Bool) {
        let value = result["value"] as? [String: Any] ?? [:]
        let labels = value["labels"] as? [String] ?? []
        let roles = Set(labels.compactMap(map.role(of:)))
        for label in labels where map.role(of: label) == nil { count(&unmapped, label) }
        guard roles.count == 1, let role = roles.first else {
            if roles.count > 1 { count(&unplaced, "region labelled with two roles (\(labels.joined(separator: ", ")))") }
            if labels.isEmpty { count(&unplaced, "region without a label") }
            dropped.insert(id)
            return
        }
        guard let start = value["start"] as? Int, let end = value["end"] as? Int, start < end,
              let range = Self.reconcile(start..<end, value["text"] as? String, text, offsets, codePointsFirst: codePointsFirst) else {
            dropped.insert(id)
            let written = (value["text"] as? String).map { "«\($0.oneLine)»" } ?? "(no text)"
            unreconciled.append("\(origin) result \(id): \(labels.joined(separator: ", ")) \(value["start"] ?? "?")..\(value["end"] ?? "?") \(written) is not the text there, counted in UTF-16 units or in code points")
            return
        }
        regions[id] = Region(id: id, role: role, range: range)
        order.append(id)
    }

    /// A per-region `choices` or `textarea` result, on a claim region.
    private mutating func addField(_ result: [String: Any]) {
        let (id, name) = (result["id"] as? String ?? "", result["from_name"] as? String ?? "")
        let value = result["value"] as? [String: Any] ?? [:]
        guard !dropped.contains(id) else { return }
        guard regions[id]?.role == .claim else { count(&unplaced, "\(result["type"]!) \(name) not on a claim region"); return }
        var entry = fields[id] ?? ClaimFields()
        if result["type"] as? String == "choices" {
            for choice in value["choices"] as? [String] ?? [] {
                if name == "attribution", let status = try? AttributionStatus.parse(choice) { entry.attribution = status }
                else if name != "attribution", let status = try? VerificationStatus.parse(choice) { entry.status = status }
                else { count(&unplaced, "choices '\(choice)' (\(name))") }
            }
        } else {
            let written = (value["text"] as? [String])?.joined(separator: "\n")
            switch name {
            case "rationale": entry.rationale = written
            case "attribution_rationale": entry.attributionRationale = written
            case "speaker_name": entry.speakerName = written
            default: count(&unplaced, "textarea \(name)")
            }
        }
        fields[id] = entry
    }

    /// Relations name regions the annotation has, and join a claim to a claim (`continues`), a speaker or a cue.
    private mutating func checkLinks() {
        var kept: [Link] = []
        for link in links {
            if dropped.contains(link.from) || dropped.contains(link.to) {
                if link.continues { kept.append(link) }
                continue
            }
            guard let a = regions[link.from], let b = regions[link.to] else { count(&unplaced, "relation naming a region the annotation lacks"); continue }
            let claims = [a, b].filter { $0.role == .claim }.count
            guard (claims == 2) == link.continues, claims >= 1 else {
                count(&unplaced, link.continues ? "continues relation not between two claims" : "relation between two \(claims == 2 ? "claims" : "non-claims")")
                continue
            }
            kept.append(link)
        }
        links = kept
    }

    // MARK: Building claims

    /// Groups claim regions joined by `continues` relations, each group in text order, groups by their
    /// first region; a group that continues into a dropped region is left out whole, and listed.
    private mutating func groupFragments() {
        var parent: [String: String] = [:]
        func root(_ id: String) -> String {
            var id = id
            while let up = parent[id] { id = up }
            return id
        }
        for link in links where link.continues {
            let (a, b) = (root(link.from), root(link.to))
            if a != b { parent[b] = a }
        }
        let broken = Set(links.filter { $0.continues && (dropped.contains($0.from) || dropped.contains($0.to)) }.map { root($0.from) })
        var byRoot: [String: [String]] = [:]
        for id in order where regions[id]?.role == .claim {
            guard !broken.contains(root(id)) else {
                unreconciled.append("\(origin) result \(id): left out with the fragment it continues into, which is not imported")
                continue
            }
            byRoot[root(id), default: []].append(id)
        }
        groups = byRoot.values.map { $0.sorted { regions[$0]!.range.lowerBound < regions[$1]!.range.lowerBound } }
            .sorted { (regions[$0[0]]!.range.lowerBound, regions[$0[0]]!.range.upperBound) < (regions[$1[0]]!.range.lowerBound, regions[$1[0]]!.range.upperBound) }
    }

    private func claim(_ group: [String]) throws(ClaimdeskError) -> ClaimState {
        let pieces = group.map { regions[$0]!.range }
        let span = pieces[0].lowerBound..<pieces.map(\.upperBound).max()!
        var state = ClaimState(doc: 0, start: span.lowerBound, end: span.upperBound, text: text.slice(span))
        state.fragments = try ClaimFragments.normalized(pieces, covering: span, origin: "\(origin) result \(group[0])")
        if let mention = try linked(.speaker, to: group, covering: span) {
            (state.speaker, state.speakerStart, state.speakerEnd) = (text.slice(mention), mention.lowerBound, mention.upperBound)
        }
        if let cue = try linked(.cue, to: group, covering: span) {
            (state.cue, state.cueStart, state.cueEnd) = (text.slice(cue), cue.lowerBound, cue.upperBound)
        }
        return state
    }

    /// The speaker mention or cue related to a claim (to any of its fragments), or, in an annotation
    /// with no relation but `continues`, the nearest one; two for one claim is an error.
    private func linked(_ role: LabelMap.Role, to group: [String], covering span: Range<Int>) throws(ClaimdeskError) -> Range<Int>? {
        let candidates = order.compactMap { regions[$0] }.filter { $0.role == role }
        let relations = links.filter { !$0.continues }
        guard !relations.isEmpty else {
            return NearestLabel.index(of: candidates.map(\.range), nearest: span).map { candidates[$0].range }
        }
        let members = Set(group)
        let related = Set(relations.flatMap { members.contains($0.from) ? [$0.to] : (members.contains($0.to) ? [$0.from] : []) })
        let found = candidates.filter { related.contains($0.id) }
        guard found.count <= 1 else {
            throw .badInput("\(origin) result \(group[0]): the claim is related to \(found.count) \(role.rawValue) regions (\(found.map(\.id).joined(separator: ", "))); claimdesk keeps one per claim")
        }
        return found.first?.range
    }

    private func count(_ counts: inout [String: Int], _ key: String) {
        counts[key, default: 0] += 1
    }
}
