import Foundation
import Testing
@testable import ClaimdeskCore

/// A new speaker whose name ends like one the project has gets a hint naming it and the `merge-speakers` to type; a new
/// speaker like no other, a speaker that exists, or an alias gets none.
@Suite struct NewSpeakerHintTests {
    @Test(arguments: StoreKind.allCases) func aNewSpeakerLikeAnotherIsPointedOut(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        let first = try project.run(#"claim "Common prosperity means" --speaker "Xi Jinping""#)
        #expect(!first.contains("new speaker"), "no speaker is like the first one")
        let titled = try project.run(#"claim "step up" --speaker "President Xi Jinping""#)
        #expect(titled.hasSuffix(#"new speaker "President Xi Jinping"; the project has "Xi Jinping": if they are one person, `merge-speakers "Xi Jinping" "President Xi Jinping"`"# + "\n"))
        #expect(!(try project.run(#"speaker 2 "xi jinping""#)).contains("new speaker"), "an existing speaker, in any ASCII case")
        _ = try project.run(#"alias "Xi Jinping" "Jinping""#)
        #expect(!(try project.run(#"speaker 2 "Zhou Hongyi""#)).contains("new speaker"), "a name like no other")
        #expect(!(try project.run(#"speaker 2 "Jinping""#)).contains("new speaker"), "an alias")
        let surname = try project.run(#"speaker 1 "Jin_ing""#)
        #expect(!surname.contains("the project has"), "LIKE's wildcards in a name match only themselves")
    }
}
