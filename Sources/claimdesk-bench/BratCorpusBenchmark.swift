import Foundation

/// `import-annotations FOLDER --format brat` of a synthetic corpus laid out as PolNeAR is
/// (`attributions/NAME_ANNOTATOR.ann`, `text/NAME.txt`): 1,000 files of 25 attributions each (Source,
/// Cue and Content entities joined by an `Attribution` event with its trigger, every fifth Content
/// interrupted by its attribution, so discontinuous) into a fresh project, documents imported
/// with them. The goal is under 10 s.
///
/// ```
/// claimdesk-bench --only brat   # just this figure
/// ```
struct BratCorpusBenchmark {
    let options: BenchOptions
    let root: String
    static let files = 1_000, attributions = 25, goalSeconds = 10.0

    func run(_ log: BenchLog) throws -> BulkRow {
        let corpus = root + "/brat-corpus"
        try? FileManager.default.removeItem(atPath: corpus)
        try write(corpus)
        let project = root + "/brat-imported"
        try? FileManager.default.removeItem(atPath: project)
        let command = BenchCommand(executable: options.claimdesk, arguments: [
            "--project", project, "--reviewer", "bench", "import-annotations", corpus, "--format", "brat",
            "--map", "Content=claim,Source=speaker,Cue=cue", "--import-documents",
        ], output: root + "/brat-import.txt")
        let run = try Measurement.run(command, scratch: root)
        let printed = try String(contentsOfFile: root + "/brat-import.txt", encoding: .utf8)
        let expected = "\(Self.files) documents (\(Self.files) imported), \(Self.files * Self.attributions) claims"
        guard printed.contains(expected) else { throw BenchError.mismatch("the brat import did not bring in \(expected): \(printed)") }
        log.say(String(format: "import-annotations of a brat folder: %.2f s, %d KiB (goal %.0f s)", run.seconds, run.peakKiB ?? 0, Self.goalSeconds))
        return BulkRow(operation: "`import-annotations` of a brat folder (\(Self.files.grouped) files, \((Self.files * Self.attributions).grouped) attributions)",
                       run: run, yardstick: "goal", yardstickSeconds: Self.goalSeconds)
    }

    /// The corpus: per file a text of 25 attributions and its `.ann`.
    private func write(_ corpus: String) throws {
        for folder in ["attributions", "text"] { try FileManager.default.createDirectory(atPath: corpus + "/" + folder, withIntermediateDirectories: true) }
        for file in 0..<Self.files {
            var text = "", ann: [String] = []
            for index in 0..<Self.attributions {
                add(index, document: file, to: &text, &ann)
            }
            let name = String(format: "doc-%04d", file)
            try text.write(toFile: "\(corpus)/text/\(name).txt", atomically: false, encoding: .utf8)
            try (ann.joined(separator: "\n") + "\n").write(toFile: "\(corpus)/attributions/\(name)_ab12.ann", atomically: false, encoding: .utf8)
        }
    }

    /// One attribution: `Name said that …` or, every fifth, `“…,” Name said, “….”` (a discontinuous Content).
    private func add(_ index: Int, document: Int, to text: inout String, _ ann: inout [String]) {
        let speaker = "Speaker \(document)-\(index)"
        let first = "prices in district \(index) rose by \(index + document % 7) percent"
        let second = "and rents followed them in the spring of year \(2000 + index)"
        var spans: [String: [Range<Int>]] = [:]
        func append(_ piece: String, as label: String? = nil) {
            let start = text.unicodeScalars.count
            text += piece
            if let label { spans[label, default: []].append(start..<text.unicodeScalars.count) }
        }
        if index % 5 == 0 {
            append("“"); append(first + ",", as: "Content"); append("” "); append(speaker, as: "Source"); append(" "); append("said", as: "Cue")
            append(", “"); append(second + ".", as: "Content"); append("”\n")
        } else {
            append(speaker, as: "Source"); append(" "); append("said", as: "Cue"); append(" that "); append(first + " " + second, as: "Content"); append(".\n")
        }
        let id = index * 4
        let slice = { (range: Range<Int>) in String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count))) }
        for (offset, label) in ["Source", "Cue", "Content"].enumerated() {
            let ranges = spans[label]!
            ann.append("T\(id + offset + 1)\t\(label) " + ranges.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";") + "\t" + ranges.map(slice).joined(separator: " "))
        }
        let cue = spans["Cue"]![0]
        ann.append("T\(id + 4)\tAttribution \(cue.lowerBound) \(cue.upperBound)\tsaid")
        ann.append("E\(index + 1)\tAttribution:T\(id + 4) Content:T\(id + 3) Cue:T\(id + 2) Source:T\(id + 1)")
    }
}
