import ClaimdeskCore
import Foundation

/// The search side, in this process on the project the write side built: `search` over documents and
/// over claims, `similar` on random claims (each timed call by call, p50 and p95), and what the index
/// costs to build, beside the time import and claim creation took with the index kept in step.
struct SearchBenchmark {
    let options: BenchOptions
    let documents: DocumentGenerator
    /// Queries of each kind, and claims asked for `similar`.
    static let samples = 200

    func run(_ bench: Workbench, claims: Int, writeSeconds: Double, _ log: BenchLog) throws -> SearchFigures {
        var random = SplitMix64(seed: options.seed ^ 0x5EA2C4)
        let queries = (0..<Self.samples).map { _ in query(&random) }
        let documentSearch = try latencies(queries) { request in _ = try bench.search(request) }
        let claimSearch = try latencies(queries.map { var claims = $0; claims.claims = true; return claims }) { request in _ = try bench.search(request) }
        let targets = (0..<Self.samples).map { _ in Int64(1 + random.below(max(claims, 1))) }
        let similar = try latencies(targets) { id in _ = try bench.similar(to: id, limit: 10) }
        let rebuild = try Measurement.time { try bench.rebuildSearchIndex() }
        log.say(String(format: "search p95 %.1f ms, claims %.1f ms, similar p95 %.1f ms, index rebuild %.2f s",
                       documentSearch.p95 * 1000, claimSearch.p95 * 1000, similar.p95 * 1000, rebuild))
        return SearchFigures(queries: queries.count, documentSearch: documentSearch, claimSearch: claimSearch, similar: similar,
                             rebuildSeconds: rebuild, writeSeconds: writeSeconds)
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

    private func latencies<T>(_ inputs: [T], _ body: (T) throws -> Void) throws -> Latencies {
        Latencies(try inputs.map { input in try Measurement.time { try body(input) } })
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
    let documentSearch: Latencies
    let claimSearch: Latencies
    let similar: Latencies
    let rebuildSeconds: Double
    /// Import and claim creation, index included.
    let writeSeconds: Double

    /// The index's share of the write time: its rebuild over the writes without it.
    var indexShare: Double { rebuildSeconds / max(writeSeconds - rebuildSeconds, 0.001) }

    func markdown() -> String {
        let row = { (name: String, latencies: Latencies, goal: String) in
            "| \(name) | \(String(format: "%.1f", latencies.p50 * 1000)) | \(String(format: "%.1f", latencies.p95 * 1000)) | \(goal) |"
        }
        return """
            ### Search

            In the benchmark's process on the project above: \(queries) queries (a word, a two-word phrase, a
            prefix `abcd*` or `a OR b`, drawn from random documents), each run by `Workbench.search` over
            documents and again over claims (`--claims`), and `Workbench.similar(to:limit: 10)` on \(queries)
            random claims; every call timed on its own.

            | call | p50 (ms) | p95 (ms) | goal p95 |
            | --- | ---: | ---: | ---: |
            \(row("`search` (documents, 20 hits)", documentSearch, "< 50 ms"))
            \(row("`search --claims` (20 hits)", claimSearch, "< 50 ms"))
            \(row("`similar` (10 results)", similar, "< 100 ms"))

            Building the whole index (`Workbench.rebuildSearchIndex()`, what the version 3 migration does) takes
            \(String(format: "%.2f", rebuildSeconds)) s; import and claim creation above took \(String(format: "%.2f", writeSeconds)) s with the index kept
            in step, so the index adds about \(String(format: "%.0f", indexShare * 100))% to them (goal: at most 30%).
            """
    }
}
