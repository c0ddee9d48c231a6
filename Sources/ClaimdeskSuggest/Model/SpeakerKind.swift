/// What a suggested speaker is, as a project's speakers table stores it (`speakers.kind`).
///
/// ```swift
/// SpeakerKind.organisation.rawValue   // "organisation"
/// ```
public enum SpeakerKind: String, Sendable, Hashable {
    /// A named person, or one described (`a spokeswoman for Halvorsen`).
    case person
    /// A company, agency, newspaper, party, or a document speaking for one (`the report`).
    case organisation
    /// A plural noun for several people (`analysts`, `Democrats`).
    case group
}
