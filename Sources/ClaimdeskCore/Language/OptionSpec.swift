/// An option a command accepts, for parsing, help and completion.
///
/// ```swift
/// OptionSpec("status", value: "STATUS", help: "only claims with this status", repeatable: true)
/// OptionSpec("keep-going", help: "run on after an error")   // a flag
/// ```
public struct OptionSpec: Sendable, Equatable {
    public let name: String
    /// The placeholder shown in help (`STATUS`), or nil for a flag.
    public let value: String?
    public let help: String
    public let repeatable: Bool

    public init(_ name: String, value: String? = nil, help: String, repeatable: Bool = false) {
        self.name = name
        self.value = value
        self.help = help
        self.repeatable = repeatable
    }

    public var isFlag: Bool { value == nil }

    /// `--status STATUS` or `--keep-going`.
    public var synopsis: String {
        value.map { "--\(name) \($0)" } ?? "--\(name)"
    }
}
