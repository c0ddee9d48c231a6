import Testing
@testable import ClaimdeskCore

/// The progress line: silent for the first second, then done/total, rate and time left, redrawn at most
/// ten times a second, cleared at the end; a workbench without a drawer (no terminal) shows none.
@Suite struct ProgressLineTests {
    /// A clock the test moves by hand (nanoseconds).
    final class ManualClock {
        var now: UInt64 = 5_000_000_000
    }

    @Test func staysSilentForASecondThenShowsCountsRateAndTimeLeft() {
        let clock = ManualClock()
        var drawn: [String] = []
        let progress = ProgressLine(label: "export", unit: "claims", now: { clock.now }) { drawn.append($0) }
        progress.start(total: 1_000_000)
        clock.now += 900_000_000
        progress.advance(by: 200_000)
        #expect(drawn.isEmpty)
        clock.now += 1_100_000_000
        progress.advance(by: 200_000)
        #expect(drawn == ["\rexport: 400,000/1,000,000 claims (40%), 200,000/s, 3 s left\u{1B}[K"])
        clock.now += 50_000_000
        progress.advance()
        #expect(drawn.count == 1)
        progress.finish()
        #expect(drawn.last == "\r\u{1B}[K")
    }

    @Test func aQuickJobDrawsNothingAtAll() {
        var drawn: [String] = []
        let progress = ProgressLine(label: "verify", unit: "events", now: { 0 }) { drawn.append($0) }
        progress.start(total: 10)
        for _ in 0..<10 { progress.advance() }
        progress.finish()
        #expect(drawn.isEmpty)
    }

    @Test func withoutATotalItCountsAndGivesTheRate() {
        let progress = ProgressLine(label: "import-annotations", unit: "lines", now: { 0 }) { _ in }
        progress.start(total: 0)
        progress.advance(by: 3_000)
        #expect(progress.line(elapsed: 2) == "import-annotations: 3,000 lines, 1,500/s")
    }

    @Test(arguments: StoreKind.allCases) func aWorkbenchWithoutATerminalHasNoProgress(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        #expect(project.workbench.progress("export", unit: "claims") == nil)
        project.workbench.progressDrawer = { _ in }
        #expect(project.workbench.progress("export", unit: "claims")?.label == "export")
    }
}
