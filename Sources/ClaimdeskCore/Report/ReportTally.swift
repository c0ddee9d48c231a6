/// The counts on a report's index page, gathered as the claims stream past (memory grows with
/// documents, speakers, sources and reviewers, never with claims).
///
/// ```swift
/// var tally = ReportTally()
/// tally.add(record, docID: 1)
/// tally.byStatus[.refuted]            // 1
/// tally.byDocument[1]?[.refuted]      // 1
/// ```
struct ReportTally {
    private(set) var claims = 0
    private(set) var byStatus: [VerificationStatus: Int] = [:]
    private(set) var byReviewState: [ReviewState: Int] = [:]
    /// Claims per speaker name (`no speaker` for none).
    private(set) var bySpeaker: [String: Int] = [:]
    /// Claims per source name, each source counted once per claim.
    private(set) var bySource: [String: Int] = [:]
    /// Claims each reviewer made, changed, reviewed or added evidence to.
    private(set) var byReviewer: [String: Int] = [:]
    private(set) var byDocument: [Int64: [VerificationStatus: Int]] = [:]

    static let noSpeaker = "no speaker"

    mutating func add(_ record: ExportRecord, docID: Int64) {
        claims += 1
        byStatus[record.status, default: 0] += 1
        byReviewState[record.reviewState, default: 0] += 1
        bySpeaker[record.speaker ?? Self.noSpeaker, default: 0] += 1
        for name in Set(record.sources.map(\.name)) { bySource[name, default: 0] += 1 }
        for name in DocumentPage.reviewers(of: record) { byReviewer[name, default: 0] += 1 }
        byDocument[docID, default: [:]][record.status, default: 0] += 1
    }

    /// Counts largest first, names in byte order among equals.
    static func ranked(_ counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.map { (name: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
