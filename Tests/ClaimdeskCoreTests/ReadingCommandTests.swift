import Testing
@testable import ClaimdeskCore

@Suite struct ReadingCommandTests {
    let text = DocumentText("Xi said common prosperity is for all.\n\nNext paragraph here.")

    @Test func wordStepsMoveEitherEdgeAndStopAtLineEnds() {
        #expect(text.slice(text.movingEnd(of: 8..<14, by: 1)) == "common prosperity")
        #expect(text.slice(text.movingEnd(of: 8..<25, by: -1)) == "common")
        #expect(text.slice(text.movingStart(of: 8..<14, by: 1)) == "said common")
        #expect(text.slice(text.movingStart(of: 3..<14, by: -1)) == "common")
        #expect(text.slice(text.movingEnd(of: 8..<14, by: 9)) == "common prosperity is for all.")
    }

    @Test(arguments: StoreKind.allCases) func extendShrinkNextPrevAndLast(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Our success depends""#)
        #expect(try project.run("extend last 2") == "claim 1: span 952..971 → 952..978; text «Our success depends» → «Our success depends on our»\n")
        #expect(try project.run("shrink 1 1 --start") == "claim 1: span 952..978 → 956..978; text «Our success depends on our» → «success depends on our»\n")
        #expect(try project.run("show 5").hasPrefix("[5] Stressing"))
        #expect(try project.run("next").hasPrefix("[6] Lei Jun"))
        #expect(try project.run("prev", "prev").hasPrefix("[5] Stressing"))
        #expect(throws: ClaimdeskError.self) { try project.run("shrink 1 9") }
    }

    @Test(arguments: StoreKind.allCases) func queueStepsThroughUnverifiedClaims(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#, #"claim "Xinhua""#)
        let first = try project.run("queue")
        #expect(first.hasPrefix("queue 1/3: claim 2 [") || first.hasPrefix("queue 1/3: claim 1 ["))
        #expect(first.contains("s STATUS [note] · r [note] = refuted · n = skip · q = quit"))
        let answered = try project.run("s supported said so on camera")
        #expect(answered.contains("status unverified → supported; rationale none → «said so on camera»"))
        #expect(answered.contains("queue 2/3"))
        #expect(try project.run("n").contains("queue 3/3"))
        #expect(try project.run("r").hasSuffix("queue done\n"))
        #expect(try project.run("claims --status refuted").hasSuffix("1 claim\n"))
    }

    /// A queue counts its claims up to a limit (10,000; here 2): past it, it shows a lower bound and steps on as usual.
    @Test(arguments: StoreKind.allCases) func aQueueCountsItsClaimsUpToALimit(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#, #"claim "Xinhua""#)
        var queue = try #require(try ReviewQueue.open(ClaimFilter(statuses: [.unverified]), project.workbench, countLimit: 2))
        #expect(queue.total == 2 && queue.more && queue.totalText == "2+")
        try queue.advance(project.workbench)
        try queue.advance(project.workbench)
        #expect(queue.current != nil && queue.totalText == "3+", "the third claim is shown as at least the third")
        let exact = try #require(try ReviewQueue.open(ClaimFilter(statuses: [.unverified]), project.workbench, countLimit: 3))
        #expect(exact.total == 3 && !exact.more && exact.totalText == "3")
        #expect(try project.workbench.count(ClaimFilter(statuses: [.unverified]), upTo: 2) == 2)
        #expect(try project.workbench.count(ClaimFilter(statuses: [.unverified])) == 3)
    }
}
