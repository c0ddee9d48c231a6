/// What a command did to one speaker or source: its state before and after (nil: not there).
///
/// ```swift
/// let change = try bench.annotateSpeaker("Xi Jinping", adding: ["Xi"])
/// change.after?.aliases        // ["Xi"]
/// ```
public struct EntityChange: Sendable, Equatable {
    public let entity: EntityReference
    public let before: EntityState?
    public let after: EntityState?
}
