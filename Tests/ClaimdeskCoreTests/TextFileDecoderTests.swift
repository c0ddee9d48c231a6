import Testing
@testable import ClaimdeskCore

@Suite struct TextFileDecoderTests {
    @Test func invalidUTF8NamesTheByte() {
        #expect(throws: ClaimdeskError.badInput("a.txt is not valid UTF-8 at byte 3 (0xFF); convert it first, naming its encoding after -f: `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.txt`")) {
            try TextFileDecoder.decode([0x61, 0x62, 0x63, 0xFF, 0x64], path: "a.txt")
        }
    }

    @Test(arguments: [
        ([0xC0, 0x80] as [UInt8], 0),      // overlong
        ([0x61, 0xED, 0xA0, 0x80], 1),      // surrogate
        ([0x61, 0x62, 0xE2, 0x80], 2),      // truncated at the end
        ([0xF4, 0x90, 0x80, 0x80], 0),      // above U+10FFFF
    ])
    func invalidSequences(bytes: [UInt8], offset: Int) {
        #expect(TextFileDecoder.firstInvalidUTF8Byte(in: bytes) == offset)
    }

    @Test func validTextKeepsEveryByte() throws {
        let bytes = Array("\u{FEFF}a\r\nb\u{202F}c e\u{301} 👍🏽\n".utf8)
        let decoded = try TextFileDecoder.decode(bytes, path: "a.txt")
        #expect(Array(decoded.text.utf8) == bytes)
        #expect(decoded.byteCount == bytes.count)
    }

    @Test func emptyAndBinaryAreRefused() {
        #expect(throws: ClaimdeskError.self) { try TextFileDecoder.decode([], path: "e.txt") }
        #expect(throws: ClaimdeskError.badInput("b.txt looks binary (control byte 0x00 at byte 1); import a .txt or .md text file")) {
            try TextFileDecoder.decode([0x61, 0x00, 0x62], path: "b.txt")
        }
    }

    @Test func missingFileAndWrongExtension() {
        #expect(throws: ClaimdeskError.self) { try TextFileDecoder.read(path: "/nonexistent/file.txt") }
        #expect(throws: ClaimdeskError.badInput("cannot import report.pdf: a .pdf file; claimdesk imports UTF-8 .txt and .md files (rename a plain-text file to .txt)")) {
            try TextFileDecoder.read(path: "report.pdf")
        }
    }
}
