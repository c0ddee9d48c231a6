@testable import ClaimdeskCore
import Testing

/// An import's new claim numbers are kept as runs, in the order they came, whatever the order.
@Suite struct IDRunsTests {
    @Test func consecutiveNumbersShareARun() {
        let ids = IDRuns([7, 8, 9, 12, 13, 3, 4] as [Int64])
        #expect(ids.runs == [7...9, 12...13, 3...4])
        #expect(ids.count == 7)
        #expect(Array(ids) == [7, 8, 9, 12, 13, 3, 4])
        #expect(ids.smallest == 3)
    }

    @Test func aMillionConsecutiveNumbersAreOneRun() {
        var ids = IDRuns()
        for id in Int64(1_000)..<Int64(1_001_000) { ids.append(id) }
        #expect(ids.runs == [1_000...1_000_999])
        #expect(ids.count == 1_000_000)
    }

    @Test func noNumbersHaveNoSmallest() {
        #expect(IDRuns().smallest == nil)
        #expect(Array(IDRuns()).isEmpty)
        #expect(IDRuns([5, 5] as [Int64]).runs == [5...5, 5...5], "a repeated number starts a run of its own")
    }
}
