import Foundation
import Testing
@testable import ClaimdeskCore

/// Counts in messages take the singular for one only: `1 code point`, `0 claims`, `2 speaker mentions`.
@Suite struct CountedTests {
    @Test func oneIsSingularEverythingElsePlural() {
        #expect(1.counted("code point") == "1 code point")
        #expect(0.counted("claim") == "0 claims")
        #expect(2.counted("speaker mention") == "2 speaker mentions")
    }

    @Test func aOneCodePointDocumentSaysSo() throws {
        let project = try TemporaryProject(on: .sqlite)
        let file = project.workspace + "/one.txt"
        try "é".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try project.run("import \(file)").contains("(1 code point, sha256 "))
        #expect(throws: ClaimdeskError.badInput("span 0..2 is out of range; this document has 1 code point (0..1)")) { try project.run("claim 0..2") }
    }
}
