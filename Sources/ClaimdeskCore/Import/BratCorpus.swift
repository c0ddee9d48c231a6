import Foundation

/// The brat files an import reads: one `.ann`, or every `.ann` under a folder (recursively), each
/// with the `.txt` it annotates.
///
/// The `.txt` of `NAME.ann` is `NAME.txt` beside it; for `NAME_SUFFIX.ann` (one file per annotator)
/// also `NAME.txt`; in a folder, else the one `.txt` of that name anywhere under it (PolNeAR keeps
/// `attributions/` and `text/` apart). A file with no `.txt` is matched to the project document its
/// spans fit. With `layerFromSuffix`, `NAME_SUFFIX.ann` goes to reviewer layer `SUFFIX`; without it,
/// two files annotating one text are refused (they would mark the same spans twice).
///
/// ```swift
/// let corpus = try BratCorpus(path: "polnear/data/dev", layerFromSuffix: false)
/// let tally = try corpus.forEach(map: map, skipUnmapped: false, candidates: []) { claim in try importer.store(claim) }
/// ```
struct BratCorpus {
    struct Entry {
        let ann: String
        let text: String?
        let layer: String?
    }

    let entries: [Entry]

    init(path: String, layerFromSuffix: Bool) throws(ClaimdeskError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .badInput("cannot read \(path); check the path") }
        guard isFolder.boolValue else {
            guard path.hasSuffix(".ann") else { throw .badInput("\(path) is not a brat .ann file or a folder of them; give NAME.ann (with NAME.txt beside it) or a folder") }
            entries = [try Self.entry(path, texts: [:], layerFromSuffix: layerFromSuffix)]
            return
        }
        let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        var texts: [String: [String]] = [:]
        for file in files where file.hasSuffix(".txt") { texts[Self.name(of: file), default: []].append(path + "/" + file) }
        entries = try files.filter { $0.hasSuffix(".ann") }.map { file throws(ClaimdeskError) in
            try Self.entry(path + "/" + file, texts: texts, layerFromSuffix: layerFromSuffix)
        }
        guard !entries.isEmpty else { throw .badInput("\(path) holds no .ann file; give a folder of brat standoff (NAME.ann with NAME.txt)") }
        if !layerFromSuffix { try Self.refuseShared(entries) }
    }

    /// Hands every file's claims to `store`, a file at a time (memory stays flat however many files), and
    /// returns what was read, stored and skipped. Types and roles without a role are refused (listed with
    /// their counts, over every file) unless `skipUnmapped`: once one is met, the rest of the files are only
    /// counted, and the refusal is thrown at the end (the import's transaction then keeps nothing).
    /// `candidates` are the project's document texts, for a file with no `.txt` (see ``BratReader``).
    func forEach(map: LabelMap, skipUnmapped: Bool, candidates: [String],
                 _ store: (ImportedClaim) throws -> Void) throws -> BratTally {
        var tally = BratTally()
        for entry in entries {
            let text = try entry.text.map { path throws(ClaimdeskError) in (path, try AnnotationFile.text(path)) }
            let file = try BratReader.read(path: entry.ann, text: text, candidates: { candidates }, map: map, layer: entry.layer)
            tally.add(file.tally)
            if tally.unmapped.isEmpty || skipUnmapped { try file.claims.forEach(store) }
        }
        if !tally.unmapped.isEmpty && !skipUnmapped { throw tally.unmappedError }
        return tally
    }

    private static func name(of file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func entry(_ ann: String, texts: [String: [String]], layerFromSuffix: Bool) throws(ClaimdeskError) -> Entry {
        let name = name(of: ann)
        let cut = name.lastIndex(of: "_")
        let base = cut.map { String(name[..<$0]) }
        var layer: String?
        if layerFromSuffix {
            guard let cut, name.index(after: cut) < name.endIndex else {
                throw .badInput("\((ann as NSString).lastPathComponent) has no _ANNOTATOR suffix; --layer-from-suffix reads NAME_ANNOTATOR.ann (e.g. article_4b22.ann)")
            }
            layer = try EntityName.validate(String(name[name.index(after: cut)...]), what: "layer")
        }
        let folder = (ann as NSString).deletingLastPathComponent
        let names = [name] + (base.map { [$0] } ?? [])
        for candidate in names {
            let beside = (folder as NSString).appendingPathComponent(candidate + ".txt")
            if FileManager.default.fileExists(atPath: beside) { return Entry(ann: ann, text: beside, layer: layer) }
        }
        for candidate in names {
            guard let found = texts[candidate] else { continue }
            guard found.count == 1 else {
                throw .badInput("\((ann as NSString).lastPathComponent): several \(candidate).txt under the folder (\(found.joined(separator: ", "))); keep one, or import the folders apart")
            }
            return Entry(ann: ann, text: found[0], layer: layer)
        }
        return Entry(ann: ann, text: nil, layer: layer)
    }

    /// Two files annotating one text, without layers, would mark its spans twice: refused with what to do.
    private static func refuseShared(_ entries: [Entry]) throws(ClaimdeskError) {
        var seen: [String: String] = [:]
        for entry in entries {
            guard let text = entry.text else { continue }
            if let other = seen[text] {
                let names = [other, entry.ann].map { ($0 as NSString).lastPathComponent }
                throw .badInput("\(names[0]) and \(names[1]) annotate the same text \((text as NSString).lastPathComponent); pass --layer-from-suffix to import each as its annotator's layer, or import them one at a time")
            }
            seen[text] = entry.ann
        }
    }
}
