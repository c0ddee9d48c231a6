/// The engines every command-language and export test runs on.
public enum StoreKind: String, CaseIterable, Sendable {
    case sqlite
    case postgres

    /// `--project` for a new, empty project on this engine: the name, or a URL with a schema of its own.
    public func projectArgument(name: String) throws -> String {
        switch self {
        case .sqlite: name
        case .postgres: try TestPostgres.shared().projectURL()
        }
    }
}
