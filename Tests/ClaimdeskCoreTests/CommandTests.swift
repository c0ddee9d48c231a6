import Foundation
import Testing
@testable import ClaimdeskCore

/// Each command on a small project, through the same runner the REPL and scripts use.
@Suite struct CommandTests {
    /// A project holding the sample article as document 1.
    private static func sampleProject(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path) --title VOA")
        return project
    }

    @Test(arguments: StoreKind.allCases) func claimPrintsItsIdAndSpan(on kind: StoreKind) throws {
        let project = try Self.sampleProject(on: kind)
        let output = try project.run(#"claim "Our success depends" .. "science and technology." --speaker "Zhou Hongyi" --cue said --quote direct"#)
        #expect(output == "claim 1 [952..1133] «Our success depends on our country’s policies. … We must ta…» — Zhou Hongyi, unverified\n")
        let claim = try project.workbench.claim("1")
        #expect(claim.state.cue == "said" && claim.state.cueStart == 945)
    }

    @Test(arguments: StoreKind.allCases) func findNumbersHitsForClaim(on kind: StoreKind) throws {
        let project = try Self.sampleProject(on: kind)
        let output = try project.run(#"find "Lu Jun""#)
        #expect(output.hasPrefix("1 occurrence of 'Lu Jun' in document 1:\n  #1  3006..3012  ¶15"))
        #expect(try project.run("claim #1").hasPrefix("claim 1 [3006..3012] «Lu Jun»"))
    }

    @Test(arguments: StoreKind.allCases) func statusSpeakerSourceEvidenceTagAndHistory(on kind: StoreKind) throws {
        let project = try Self.sampleProject(on: kind)
        _ = try project.run(#"claim "Common prosperity means prosperity for all, not just a few people,""#)
        #expect(try project.run("status 1 supported --note readout") == "claim 1: status unverified → supported; rationale none → «readout»\n")
        #expect(try project.run(#"speaker 1 "Xi Jinping""#) == "claim 1: speaker none → Xi Jinping\n")
        #expect(try project.run(#"source 1 Xinhua --via "meeting note""#) == "claim 1: sources [] → [Xinhua (via meeting note)]\n")
        #expect(try project.run("evidence 1 http://x.example --stance supports") == "claim 1: evidence 0 items → 1 item\n")
        #expect(try project.run("tag 1 economy") == "claim 1: tags [] → [economy]\n")
        let history = try project.run("history 1")
        #expect(history.split(separator: "\n").count == 9)
        #expect(history.hasPrefix("claim 1 (") && history.contains(": 6 events and 2 on its speaker and sources\n"))
        #expect(history.contains("ana  status claim 1: status unverified → supported"))
        #expect(history.contains("ana  create speaker 1 «Xi Jinping»: created\n") && history.contains("ana  create source 1 «Xinhua»: created\n"))
    }

    @Test(arguments: StoreKind.allCases) func claimsListsWithFilters(on kind: StoreKind) throws {
        let project = try Self.sampleProject(on: kind)
        _ = try project.run(#"claim "Common prosperity means" --status refuted --speaker Xi"#, #"claim "The target of this round""#)
        #expect(try project.run("claims --status refuted").hasSuffix("\n1 claim\n"))
        #expect(try project.run("claims --speaker Xi").contains(" Xi               «Common prosperity means»"))
        #expect(try project.run("claims").hasSuffix("\n2 claims\n"))
    }

    @Test(arguments: StoreKind.allCases) func showMarksClaimsInline(on kind: StoreKind) throws {
        let project = try Self.sampleProject(on: kind)
        _ = try project.run(#"claim "Our success depends on our country’s policies.""#)
        let output = try project.run("show 5")
        #expect(output.contains("“⟦1:Our success depends on our country’s policies.:1⟧ … We must"))
        #expect(output.hasPrefix("[5] Stressing"))
    }

    @Test func unknownCommandsAndStatusesSuggestTheNearest() throws {
        let project = try Self.sampleProject(on: .sqlite)
        #expect(throws: ClaimdeskError.badInput("unknown command 'stauts'; did you mean `status`? type `help` for the list")) { try project.run("stauts 1 supported") }
        #expect(throws: ClaimdeskError.badInput("unknown status 'refute'; did you mean refuted? statuses: unverified, supported, mostly_supported, mixed, misleading, refuted, not_enough_evidence, not_checkable")) {
            _ = try project.run(#"claim "Lu Jun""#)
            _ = try project.run("status 1 refute")
        }
    }

    @Test func helpListsEveryCommandAndDescribesOne() throws {
        let project = try Self.sampleProject(on: .sqlite)
        let help = try project.run("help")
        for command in CommandRegistry.commands { #expect(help.contains("  \(command.name) ")) }
        #expect(try project.run("help status").hasPrefix("usage: status ID STATUS [--note TEXT]\n"))
    }
}
