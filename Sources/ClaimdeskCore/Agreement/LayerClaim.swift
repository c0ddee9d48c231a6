/// One claim of one reviewer's layer, as the agreement figures see it: its span, status, speaker, and
/// the speaker mention and cue spans that label tokens. A claim with gaps labels only its fragments'
/// tokens; spans are matched on its covering `span`.
///
/// ```swift
/// let claim = LayerClaim(span: 11..<24, status: "refuted", speaker: "Zhou Hongyi", speakerSpan: 0..<4, cueSpan: 5..<9)
/// ```
public struct LayerClaim: Sendable, Equatable {
    public var span: Range<Int>
    /// The verification status's raw value (`refuted`).
    public var status: String
    /// The speaker entity's name, nil when the claim has none.
    public var speaker: String?
    public var speakerSpan: Range<Int>?
    public var cueSpan: Range<Int>?
    /// The pieces of a claim with gaps (nil: the claim is `span`).
    public var fragments: [Range<Int>]?

    public init(span: Range<Int>, status: String = "unverified", speaker: String? = nil,
                speakerSpan: Range<Int>? = nil, cueSpan: Range<Int>? = nil, fragments: [Range<Int>]? = nil) {
        self.fragments = fragments
        self.span = span
        self.status = status
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cueSpan = cueSpan
    }
}

/// One document under n-fold annotation: its text and every assigned reviewer's layer (empty when they marked nothing).
public struct LayeredDocument: Sendable {
    public var docID: Int64
    /// The text's code points (token labels need them).
    public var scalars: [Unicode.Scalar]
    /// Reviewer name → their claims; every assigned reviewer has an entry.
    public var layers: [String: [LayerClaim]]

    public init(docID: Int64, text: String, layers: [String: [LayerClaim]]) {
        self.docID = docID
        self.scalars = Array(text.unicodeScalars)
        self.layers = layers
    }
}
