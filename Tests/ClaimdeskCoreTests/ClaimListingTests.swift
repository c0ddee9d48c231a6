import Foundation
import Testing
@testable import ClaimdeskCore

/// The `claims` listing writes each line as bytes from the row's columns: the same columns, widths and quoting
/// as the characters would give, for texts with line breaks, joining marks and long non-ASCII names.
@Suite struct ClaimListingTests {
    @Test(arguments: StoreKind.allCases) func columnsCountCharactersNotBytes(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Zoë Łukasiewicz-Brzęczyszczykiewicz said: prices rose\r\nsharply, e\u{301}normously, without any warning at all this year, in every shop.")
        var draft = ClaimDraft(range: 42..<129)
        draft.speaker = "Zoë Łukasiewicz-Brzęczyszczykiewicz"
        _ = try project.workbench.createClaim(in: doc, draft: draft)
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<3))
        let listing = try project.run("claims")
        #expect(listing == """
                2 d1   0..3        unverified          open         -                «Zoë»
                1 d1   42..129     unverified          open         Zoë Łukasiewicz… «prices rose sharply, e\u{301}normously, without any warning at all…»
            2 claims

            """, "\(listing.debugDescription)")
    }

    /// SQLite hands its bytes over as they are stored: bytes that are not UTF-8 are shown as U+FFFD, as before.
    @Test func malformedBytesAreReplaced() throws {
        let project = try TemporaryProject(on: .sqlite)
        let doc = try project.importText("Xi said prices fell.")
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<20))
        try project.store.write { db in try db.execute("UPDATE claims SET text = CAST(X'C3A961FF62' AS TEXT)") }
        #expect(try project.run("claims").contains("«éa\u{FFFD}b»\n"))
    }

    @Test func utf8ValidationRefusesWhatStringWouldRepair() {
        let cases: [([UInt8], Bool)] = [
            (Array("plain ASCII, longer than eight bytes".utf8), true),
            (Array("«Zoë» 👍🏽 e\u{301} \u{202F}".utf8), true),
            ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false),
            ([0x61, 0xE2, 0x82], false), ([0x80], false), ([0xF5, 0x80, 0x80, 0x80], false),
            (Array("seven b".utf8) + [0xFF] + Array("then plain ASCII".utf8), false),
            (Array("plain for sixteen".utf8) + [0xC3], false), (Array("abc".utf8) + [0xC3, 0xA9] + Array("defghijkl".utf8), true),
        ]
        for (bytes, valid) in cases {
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == valid, "\(bytes)")
            #expect((String(validating: bytes, as: UTF8.self) != nil) == valid, "\(bytes)")
        }
    }
}
