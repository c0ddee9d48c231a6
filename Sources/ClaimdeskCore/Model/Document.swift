/// An imported document's identity and metadata (its text is a ``DocumentText``).
public struct Document: Sendable, Equatable {
    /// The project-local number reviewers type (`open 2`).
    public let id: Int64
    /// The stable id exported as `doc_id` (a UUID).
    public let uid: String
    public let title: String
    public let path: String?
    public let url: String?
    public let outlet: String?
    public let published: String?
    public let language: String?
    /// SHA-256 of the imported bytes.
    public let sha256: String
    /// The document this one is a revised version of.
    public let previousID: Int64?
    /// 1 for an import, then one more per `revise`.
    public let version: Int
    /// Length in code points.
    public let length: Int
    public let importedBy: String
    public let importedAt: String
}

/// Metadata given to `import`.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: String?
    public var language: String?

    public init(title: String? = nil, url: String? = nil, outlet: String? = nil, published: String? = nil, language: String? = nil) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.language = language
    }
}
