/// A numbered hit of `find`, `search` or `similar`: the span `claim #K` marks, in its document.
///
/// ```swift
/// context.lastFind = [FoundSpan(docID: 1, range: 852..<859)]   // `claim #1` marks 852..859 of document 1
/// ```
public struct FoundSpan: Sendable, Equatable {
    public let docID: Int64
    public let range: Range<Int>

    public init(docID: Int64, range: Range<Int>) {
        self.docID = docID
        self.range = range
    }
}
