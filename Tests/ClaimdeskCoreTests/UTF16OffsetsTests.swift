import Foundation
import Testing
@testable import ClaimdeskCore

/// UTF-16 offsets (Label Studio's, JavaScript's) against code points (claimdesk's, Python's), and
/// how a Label Studio span is reconciled with the text it claims to mark.
@Suite struct UTF16OffsetsTests {
    @Test func astralCodePointsCountTwiceAndCombiningMarksOnce() {
        let text = DocumentText("👍🏽 Cafe\u{301} “yes”\r\n")
        let offsets = UTF16Offsets(text)
        #expect(offsets.utf16(0) == 0 && offsets.utf16(1) == 2 && offsets.utf16(2) == 4 && offsets.utf16(3) == 5)
        #expect(offsets.codePoint(1) == nil && offsets.codePoint(3) == nil)
        #expect(offsets.codePoints(10..<15) == 8..<13)
        #expect(offsets.codePoint(offsets.utf16(text.count)) == text.count && offsets.codePoint(offsets.utf16(text.count) + 1) == nil)
    }

    /// On random text mixing ASCII, BMP and astral code points, CRLF and combining marks, every
    /// offset goes to UTF-16 and back, and agrees with the UTF-16 encoding's length.
    @Test func everyOffsetRoundTripsOnRandomText() {
        let alphabet: [Unicode.Scalar] = ["a", " ", "\r", "\n", "\u{301}", "é", "“", "\u{202F}", "😀", "👍", "\u{1F3FD}", "𝔸", "中"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<200 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(41) { scalars.append(alphabet[random.below(alphabet.count)]) }
            let string = String(scalars)
            let text = DocumentText(string)
            let offsets = UTF16Offsets(text)
            for offset in 0...text.count {
                let units = offsets.utf16(offset)
                #expect(units == String(String.UnicodeScalarView(text.scalars[..<offset])).utf16.count)
                #expect(offsets.codePoint(units) == offset)
            }
        }
    }

    @Test func spansAreReadAsUTF16ThenAsCodePointsAndNeverGuessed() {
        let text = DocumentText("Bo 🙃 said “it rose”")
        let offsets = UTF16Offsets(text)
        #expect(LabelStudioAnnotation.reconcile(12..<19, "it rose", text, offsets) == 11..<18)
        #expect(LabelStudioAnnotation.reconcile(11..<18, "it rose", text, offsets) == 11..<18)
        #expect(LabelStudioAnnotation.reconcile(13..<20, "it rose", text, offsets) == nil)
        #expect(LabelStudioAnnotation.reconcile(3..<4, nil, text, offsets) == nil)
        #expect(LabelStudioAnnotation.reconcile(12..<19, nil, text, offsets) == 11..<18)
        #expect(LabelStudioAnnotation.reconcile(12..<12, "", text, offsets) == nil)
        #expect(LabelStudioAnnotation.reconcile(13..<99, "it rose", text, offsets) == nil)
    }

    /// `aa` at 3..<5 reads as UTF-16 (2..<4) and as code points (3..<5) alike: the annotation's other
    /// span, which fits only as code points, says which.
    @Test func anAnnotationCountedInCodePointsIsReadSoThroughout() throws {
        let text = DocumentText("👍 aaaa\n")
        let map = try LabelMap.parse("Claim=claim")
        let region = { (id: String, start: Int, end: Int, written: String) -> [String: Any] in
            ["id": id, "type": "labels", "value": ["start": start, "end": end, "text": written, "labels": ["Claim"]]]
        }
        let alone = LabelStudioAnnotation(results: [region("a", 3, 5, "aa")], text: text, map: map, origin: "t")
        #expect(try alone.claims().map(\.state.span) == [2..<4])
        let counted = LabelStudioAnnotation(results: [region("a", 3, 5, "aa"), region("e", 0, 1, "👍")], text: text, map: map, origin: "t")
        #expect(try counted.claims().map(\.state.span) == [0..<1, 3..<5])
    }
}
