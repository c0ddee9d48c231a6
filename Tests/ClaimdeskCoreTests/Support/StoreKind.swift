import ClaimdeskTestSupport
import Testing

/// The engines every command-language and export test runs on.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// `--project` for a new, empty project on this engine: a name, or a URL with a schema of its own.
    func projectArgument(name: String) throws -> String {
        switch self {
        case .sqlite: name
        case .postgres: try TestPostgres.shared().projectURL()
        }
    }
}
