/// The words of one command after its options are picked out.
///
/// ```swift
/// let args = try CommandArguments.parse(tokens, options: ClaimCommand.options, command: "claim")
/// args.positionals          // the selector words
/// args.value("status")      // "refuted"
/// ```
public struct CommandArguments: Sendable {
    public let command: String
    public private(set) var positionals: [Token] = []
    private var values: [String: [String]] = [:]

    /// Parses `--name VALUE`, `--name=VALUE` and `--flag` against the command's options.
    /// A quoted word that starts with `--` is a positional, as is everything after `--`.
    public static func parse(_ tokens: [Token], options: [OptionSpec], command: String) throws(ClaimdeskError) -> CommandArguments {
        var arguments = CommandArguments(command: command)
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard !optionsEnded, !token.quoted, token.text.hasPrefix("--") else {
                arguments.positionals.append(token)
                continue
            }
            if token.text == "--" { optionsEnded = true; continue }
            let (name, inlineValue) = splitOption(token.text)
            let spec = try option(named: name, in: options, command: command)
            let value: String
            if spec.isFlag {
                guard inlineValue == nil else { throw .badInput("--\(name) takes no value; write just --\(name)") }
                value = ""
            } else if let inlineValue {
                value = inlineValue
            } else {
                guard index < tokens.count else {
                    throw .badInput("--\(name) needs a value: \(command) … \(spec.synopsis)")
                }
                value = tokens[index].text
                index += 1
            }
            if !spec.repeatable, arguments.values[name] != nil {
                throw .badInput("--\(name) is given twice; give it once")
            }
            arguments.values[name, default: []].append(value)
        }
        return arguments
    }

    private static func splitOption(_ text: String) -> (String, String?) {
        let body = text.dropFirst(2)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private static func option(named name: String, in options: [OptionSpec], command: String) throws(ClaimdeskError) -> OptionSpec {
        if let spec = options.first(where: { $0.name == name }) { return spec }
        let known = options.map { "--\($0.name)" }
        if let nearest = NearestWord.find("--" + name, among: known) {
            throw .badInput("\(command) has no option --\(name); did you mean \(nearest)?")
        }
        let list = known.isEmpty ? "it takes no options" : "its options: " + known.joined(separator: ", ")
        throw .badInput("\(command) has no option --\(name); \(list)")
    }

    /// The last value of an option, or nil.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, in order.
    public func values(_ name: String) -> [String] { values[name] ?? [] }

    /// A whole number from 1 given to an option (`--limit 20`), or nil when the option is absent.
    public func count(_ name: String, example: Int = 20) throws(ClaimdeskError) -> Int? {
        try value(name).map { text throws(ClaimdeskError) in
            guard let count = Int(text), count > 0 else { throw .badInput("--\(name) takes a whole number from 1, e.g. --\(name) \(example)") }
            return count
        }
    }

    /// Whether a flag (or option) was given.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// Fails when more positionals than `count` were given.
    public func expectPositionals(atMost count: Int, usage: String) throws(ClaimdeskError) {
        guard positionals.count <= count else {
            let extra = positionals[count].text
            throw .badInput("unexpected '\(extra)'; usage: \(usage) (quote text that has spaces)")
        }
    }

    /// The positional at `index`, or an error naming what is missing.
    public func positional(_ index: Int, named name: String, usage: String) throws(ClaimdeskError) -> String {
        guard index < positionals.count else { throw .badInput("missing \(name); usage: \(usage)") }
        return positionals[index].text
    }
}
