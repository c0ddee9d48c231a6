/// A speaker as `speakers` lists it.
public struct SpeakerSummary: Sendable, Equatable {
    public let name: String
    /// person, organisation or group, when known.
    public let kind: String?
    /// Title or affiliation.
    public let note: String?
    public let aliases: [String]
    /// Live claims attributed to the speaker.
    public let claims: Int
}
