/// The labelled span nearest a claim (0 apart when they overlap), for files that mark speakers and
/// cues without linking them to claims (doccano; brat without relations).
///
/// ```swift
/// NearestLabel.index(of: [0..<8, 60..<62], nearest: 16..<40)   // 0
/// ```
enum NearestLabel {
    static func index(of spans: [Range<Int>], nearest claim: Range<Int>) -> Int? {
        spans.indices.min { distance(spans[$0], claim) < distance(spans[$1], claim) }
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : (b.upperBound <= a.lowerBound ? a.lowerBound - b.upperBound : 0)
    }
}
