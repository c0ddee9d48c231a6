import Foundation
import ClaimdeskCore

/// What the REPL can offer at the cursor: words to choose from, or file names.
enum Completion: Equatable {
    case words([String])
    case files
}

/// Names the completer draws from; the session answers from the project.
protocol CompletionSource {
    func documentIDs() -> [String]
    func claimIDs() -> [String]
    func speakerNames() -> [String]
}

/// Decides what to complete from the words before the cursor.
///
/// ```swift
/// Completer.complete(before: ["status", "3"], current: "re", source: project)   // .words(["refuted"])
/// ```
enum Completer {
    static let claimCommands: Set<String> = [
        "status", "attribution", "speaker", "source", "evidence", "history", "tag", "delete", "submit", "approve", "dispute", "extend", "shrink",
        "similar", "fragment",
    ]

    static func complete(before words: [String], current: String, source: CompletionSource) -> Completion {
        let candidates: [String]
        guard let command = words.first else {
            return .words(filter(CommandRegistry.commands.map { $0.name }, current))
        }
        if current.hasPrefix("--") {
            let options = (try? CommandRegistry.command(named: command))?.options.map { "--" + $0.name } ?? []
            return .words(filter(options, current))
        }
        if let option = words.last, option.hasPrefix("--"), !isFlag(option, of: command) {
            guard let values = optionValues(option, source) else { return option == "--out" ? .files : .words([]) }
            candidates = values
        } else {
            guard let values = positionalValues(command, index: positionalIndex(words), source) else { return .files }
            candidates = values
        }
        return .words(filter(candidates, current))
    }

    /// The position of the word being completed among the command's positionals (1 = first).
    private static func positionalIndex(_ words: [String]) -> Int {
        var index = 1
        var skipNext = false
        for word in words.dropFirst() {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("--") { skipNext = !flags.contains(word); continue }
            index += 1
        }
        return index
    }

    private static let flags: Set<String> = ["--clear", "--remove", "--start", "--approved-only", "--with-history", "--keep-going", "--primary", "--claims"]

    /// Whether the command takes `option` without a value (`queue --attribution`, unlike `claims --attribution S`).
    private static func isFlag(_ option: String, of command: String) -> Bool {
        (try? CommandRegistry.command(named: command))?.options.first { "--" + $0.name == option }?.isFlag ?? false
    }

    private static func optionValues(_ option: String, _ source: CompletionSource) -> [String]? {
        switch option {
        case "--status": return VerificationStatus.allCases.map(\.rawValue)
        case "--review": return ReviewState.allCases.map(\.rawValue)
        case "--attribution": return AttributionStatus.allCases.map(\.rawValue)
        case "--about": return EvidenceAbout.allCases.map(\.rawValue)
        case "--speaker": return source.speakerNames()
        case "--doc": return source.documentIDs()
        case "--stance": return EvidenceStance.allCases.map(\.rawValue)
        case "--quote": return QuoteType.allCases.map(\.rawValue)
        case "--format": return ExportFormats.all.map { $0.name }
        default: return nil
        }
    }

    /// Values for a positional; nil means file names.
    private static func positionalValues(_ command: String, index: Int, _ source: CompletionSource) -> [String]? {
        switch (command, index) {
        case ("import", 1), ("revise", 2): return nil
        case ("open", 1), ("revise", 1), ("show", 1): return source.documentIDs()
        case ("help", 1): return CommandRegistry.commands.map { $0.name }
        case ("status", 2): return VerificationStatus.allCases.map(\.rawValue)
        case ("attribution", 2): return AttributionStatus.allCases.map(\.rawValue)
        case ("fragment", 2): return ["add", "remove"]
        case ("speaker", 2), ("alias", 1), ("merge-speakers", 1), ("merge-speakers", 2): return source.speakerNames()
        case (_, 1) where claimCommands.contains(command): return source.claimIDs() + ["last"]
        case ("reuse", _): return source.claimIDs() + ["last"]
        default: return []
        }
    }

    private static func filter(_ candidates: [String], _ prefix: String) -> [String] {
        candidates.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }.sorted()
    }

    /// Splits the text before the word being completed into words, shell style (quotes group words).
    static func words(before text: String) -> [String] {
        ((try? CommandTokenizer.split(text)) ?? text.split(separator: " ").map { Token(String($0)) }).map(\.text)
    }

    /// Candidates as they must be inserted: when one has spaces and no quote is open yet, all are
    /// quoted, so their common prefix (`"Zhou`) still completes.
    static func quoted(_ candidates: [String], quoteOpen: Bool) -> [String] {
        guard !quoteOpen, candidates.contains(where: { $0.contains(where: \.isWhitespace) }) else { return candidates }
        return candidates.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    }
}
