/// Who a suggestion attributes its claim to.
public struct SuggestedSpeaker: Sendable, Hashable {
    /// The resolved name: "Zhou Hongyi" for a mention "Zhou" or "he"; a group as its plural noun ("analysts").
    public var name: String
    /// Where the text names the speaker (the pronoun or surname when that is what it says); nil for a quote that runs on.
    public var mention: Span?
    /// Not one of the known speakers: accepting the suggestion creates it.
    public var isNew: Bool
    /// For a new speaker, the title or affiliation written beside the name ("founder of …", "Emergency Services Director").
    public var note: String?
    /// A person, an organisation or a group.
    public var kind: SpeakerKind
}
