import ClaimdeskCore
import Foundation

/// The search side, in this process on the project the write side built (or an existing one, `--only search`):
/// `search` over documents and over claims, `similar` on random claims (each timed call by call, wall and CPU,
/// p50 and p95), and, after a full run, what the index costs to build beside the time import and claim creation
/// took with the index kept in step.
struct SearchBenchmark {
    let options: BenchOptions
    let documents: DocumentGenerator
    /// Queries of each kind, and claims asked for `similar`.
    static let samples = 200

    /// Times the calls; `writeSeconds` (import and claim creation, index included) also times a rebuild of the index to compare.
    func run(_ bench: Workbench, claims: Int, writeSeconds: Double?, _ log: BenchLog) throws -> SearchFigures {
        var random = SplitMix64(seed: options.seed ^ 0x5EA2C4)
        let queries = (0..<Self.samples).map { _ in query(&random) }
        let documentSearch = try CallTimes(queries) { request in _ = try bench.search(request) }
        let claimSearch = try CallTimes(queries.map { var claims = $0; claims.claims = true; return claims }) { request in _ = try bench.search(request) }
        let targets = (0..<Self.samples).map { _ in Int64(1 + random.below(max(claims, 1))) }
        let similar = try CallTimes(targets) { id in _ = try bench.similar(to: id, limit: 10) }
        let rebuild = try writeSeconds.map { writeSeconds in (seconds: try Measurement.time { try bench.rebuildSearchIndex() }, writeSeconds: writeSeconds) }
        log.say(String(format: "search p95 %.1f ms, claims %.1f ms, similar p95 %.1f ms", documentSearch.wall.p95 * 1000, claimSearch.wall.p95 * 1000,
                       similar.wall.p95 * 1000) + (rebuild.map { String(format: ", index rebuild %.2f s", $0.seconds) } ?? ""))
        return SearchFigures(queries: queries.count, documentSearch: documentSearch, claimSearch: claimSearch, similar: similar,
                             rebuildSeconds: rebuild?.seconds, writeSeconds: rebuild?.writeSeconds)
    }

    /// Times the calls on a project an earlier run built (`--only search --project DIR`), without rebuilding its index.
    func run(existing project: String) throws -> SearchFigures {
        guard FileManager.default.fileExists(atPath: WorkFolder.database(project)) else {
            throw BenchError.usage("--project \(project) holds no \(ProjectLocation.databaseFileName); give the project folder of an earlier run")
        }
        let bench = Workbench(store: try WorkFolder.openProject(project), reviewer: "bench")
        return try run(bench, claims: options.documents * options.claimsPerDocument, writeSeconds: nil, BenchLog())
    }

    /// A word, a two-word phrase, a prefix or an OR of two words, from a random generated document.
    private func query(_ random: inout SplitMix64) -> SearchRequest {
        let words = documents.text(of: random.below(options.documents)).split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 2 }
        let first = words[random.below(words.count)], second = words[random.below(words.count)]
        let tokens: [Token] = switch random.below(4) {
        case 0: [Token(first)]
        case 1: [Token(first + " " + second, quoted: true)]
        case 2: [Token(String(first.prefix(4)) + "*")]
        default: [Token(first), Token("OR"), Token(second)]
        }
        return SearchRequest(query: try! SearchQuery.parse(tokens))
    }
}

/// Each call's wall-clock and CPU time (this process's, user and system: the calls run one at a time on this thread).
struct CallTimes {
    let wall: Latencies
    let cpu: Latencies

    init<T>(_ inputs: [T], _ body: (T) throws -> Void) throws {
        var wall: [Double] = [], cpu: [Double] = []
        for input in inputs {
            let call = try Measurement.timeAndCPU { try body(input) }
            wall.append(call.wall)
            cpu.append(call.cpu)
        }
        self.wall = Latencies(wall)
        self.cpu = Latencies(cpu)
    }
}

/// Sorted call times in seconds, with their median and 95th percentile.
struct Latencies {
    let sorted: [Double]

    init(_ seconds: [Double]) {
        sorted = seconds.sorted()
    }

    var p50: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    private func percentile(_ fraction: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((fraction * Double(sorted.count)).rounded(.up)) - 1)]
    }
}

/// What the search side measured, as the report prints it.
struct SearchFigures {
    let queries: Int
    let documentSearch: CallTimes
    let claimSearch: CallTimes
    let similar: CallTimes
    /// Rebuilding the whole index (nil when the run reused a project: `--only search`).
    let rebuildSeconds: Double?
    /// Import and claim creation, index included (nil with `--only search`).
    let writeSeconds: Double?

    func markdown() -> String {
        let milliseconds = { (seconds: Double) in String(format: "%.1f", seconds * 1000) }
        let row = { (name: String, times: CallTimes, goal: String) in
            "| \(name) | \(milliseconds(times.wall.p50)) | \(milliseconds(times.wall.p95)) | \(milliseconds(times.cpu.p50)) | \(milliseconds(times.cpu.p95)) | \(goal) |"
        }
        return """
            ### Search

            In the benchmark's process on the project above: \(queries) queries (a word, a two-word phrase, a
            prefix `abcd*` or `a OR b`, drawn from random documents), each run by `Workbench.search` over
            documents and again over claims (`--claims`), and `Workbench.similar(to:limit: 10)` on \(queries)
            random claims; every call timed on its own, by the wall clock and by the process's CPU time.

            | call | p50 wall (ms) | p95 wall (ms) | p50 CPU (ms) | p95 CPU (ms) | goal p95 |
            | --- | ---: | ---: | ---: | ---: | ---: |
            \(row("`search` (documents, 20 hits)", documentSearch, "< 50 ms"))
            \(row("`search --claims` (20 hits)", claimSearch, "< 50 ms"))
            \(row("`similar` (10 results)", similar, "< 100 ms"))
            """ + indexParagraph
    }

    private var indexParagraph: String {
        guard let rebuildSeconds, let writeSeconds else { return "" }
        let share = rebuildSeconds / max(writeSeconds - rebuildSeconds, 0.001)
        return """


            Building the whole index (`Workbench.rebuildSearchIndex()`, what the version 3 migration does) takes
            \(String(format: "%.2f", rebuildSeconds)) s; import and claim creation above took \(String(format: "%.2f", writeSeconds)) s with the index kept
            in step, so the index adds about \(String(format: "%.0f", share * 100))% to them (goal: at most 30%).
            """
    }
}
