import ClaimdeskSuggest
import Foundation

/// Runs the suggester over every `.txt` file of a folder: JSON lines of suggestions, or a timing.
///
/// ```
/// claimdesk-suggest-corpus DIR              # one JSON line per suggestion (SuggestionRecord)
/// claimdesk-suggest-corpus --bench N DIR    # suggest over N articles (the folder's, cycled): wall and CPU time on one core,
///                                           # then wall time on all cores
/// ```
let usage = "usage: claimdesk-suggest-corpus [--bench N] DIR   (DIR holds the articles as .txt files)"

/// CPU time of this thread: the figure that holds when other processes share the cores.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n" + usage + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var benchCount: Int?
if arguments.first == "--bench" {
    guard arguments.count >= 2, let count = Int(arguments[1]), count > 0 else { fail("--bench needs a positive number of articles") }
    benchCount = count
    arguments.removeFirst(2)
}
guard arguments.count == 1 else { fail("give exactly one folder of .txt articles") }
let folder = URL(fileURLWithPath: arguments[0])
guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".txt") }).sorted(),
      !names.isEmpty else { fail("\(folder.path): no such folder, or no .txt files in it") }
let articles = names.map { name -> (String, String) in
    guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { fail("\(name): not UTF-8 text") }
    return (name, text)
}
let suggester = Suggester()

if let benchCount {
    let texts = (0..<benchCount).map { articles[$0 % articles.count].1 }
    let codePoints = texts.reduce(0) { $0 + $1.unicodeScalars.count }
    var started = Date()
    let cpuStarted = threadCPUSeconds()
    let suggestions = texts.reduce(0) { $0 + suggester.suggest(in: $1).count }
    let oneWorker = Date().timeIntervalSince(started)
    let cpu = threadCPUSeconds() - cpuStarted
    let workers = ProcessInfo.processInfo.activeProcessorCount
    started = Date()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: texts.count, by: workers) { _ = suggester.suggest(in: texts[index]) }
    }
    let allWorkers = Date().timeIntervalSince(started)
    print(String(format: "%d articles (%d code points, %d suggestions): %.2f s on one core (%.2f s of CPU, %.1f ms per article), %.2f s on %d cores",
                 benchCount, codePoints, suggestions, oneWorker, cpu, cpu * 1000 / Double(benchCount), allWorkers, workers))
} else {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let output = FileHandle.standardOutput
    for (name, text) in articles {
        for suggestion in suggester.suggest(in: text) {
            let line = try! encoder.encode(SuggestionRecord(file: name, suggestion))
            output.write(line + Data("\n".utf8))
        }
    }
}
