import Foundation

/// Everything about a speaker or a source that an export can show: the snapshot an entity event
/// stores before and after (JSON, sorted keys), as ``ClaimState`` is for claims.
///
/// Speakers have `kind`, `note` and `aliases`; sources have `kind` and `url`. Aliases are kept
/// sorted, so two snapshots of the same speaker compare equal however the rows were read.
/// ```swift
/// let xi = EntityState(name: "Xi Jinping", aliases: ["Xi"])
/// EntityState.decode(xi.json) == xi        // true
/// ```
public struct EntityState: Codable, Equatable, Sendable {
    public var name: String
    /// person, organisation or group for speakers; publication, interview, … for sources.
    public var kind: String?
    /// A speaker's title or affiliation.
    public var note: String?
    /// A source's address.
    public var url: String?
    /// A speaker's other names (nil for a source).
    public var aliases: [String]?

    public init(name: String, kind: String? = nil, note: String? = nil, url: String? = nil, aliases: [String]? = nil) {
        self.name = name
        self.kind = kind
        self.note = note
        self.url = url
        self.aliases = aliases?.sorted()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name),
                  kind: try container.decodeIfPresent(String.self, forKey: .kind),
                  note: try container.decodeIfPresent(String.self, forKey: .note),
                  url: try container.decodeIfPresent(String.self, forKey: .url),
                  aliases: try container.decodeIfPresent([String].self, forKey: .aliases))
    }

    /// Compact JSON with sorted keys, nil fields left out.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> EntityState {
        try JSONDecoder().decode(EntityState.self, from: Data(json.utf8))
    }
}
