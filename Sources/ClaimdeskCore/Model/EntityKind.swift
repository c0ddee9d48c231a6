/// What an entity event is about: a speaker (with its aliases) or a source.
///
/// Stored in `events.entity_kind`; the entity's row id is `events.entity_id`.
/// ```swift
/// EntityKind(rawValue: "speaker")   // .speaker
/// ```
public enum EntityKind: String, Sendable, CaseIterable, Codable {
    case speaker
    case source

    /// The table holding the entity's row.
    var table: String {
        switch self {
        case .speaker: "speakers"
        case .source: "sources"
        }
    }
}
