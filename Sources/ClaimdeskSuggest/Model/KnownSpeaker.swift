/// A speaker the project already knows, with the other names the texts use for it ("Zhou" for "Zhou Hongyi").
public struct KnownSpeaker: Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
