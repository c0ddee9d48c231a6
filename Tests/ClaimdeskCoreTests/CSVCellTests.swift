@testable import ClaimdeskCore
import Testing

/// CSV cells are written from the contract's JSON, in place: every kind of value, and every byte that
/// makes RFC 4180 quote a field.
@Suite struct CSVCellTests {
    /// The cell `CSVExportFormat` writes for one JSON value.
    private func cell(_ json: String) -> String {
        var buffer = Array("before,".utf8)
        Array(json.utf8).withUnsafeBufferPointer { CSVExportFormat.appendCell($0[...], to: &buffer) }
        return String(decoding: buffer.dropFirst("before,".utf8.count), as: UTF8.self)
    }

    @Test func plainValuesStayBare() {
        #expect(cell(#""Lei Jun""#) == "Lei Jun")
        #expect(cell("null") == "")
        #expect(cell("42") == "42")
        #expect(cell("[]") == "[]")
        #expect(cell(#""""#) == "")
    }

    @Test func escapesResolveToTheirText() {
        #expect(cell(#""tab\there, slash\/ and \\ and \u00e9 and \u2026""#) == "\"tab\there, slash/ and \\ and é and …\"")
        #expect(cell(#""line\r\nend""#) == "\"line\r\nend\"")
        #expect(cell(#""bell\u0007""#) == "bell\u{07}")
    }

    @Test func quotesAreDoubledInsideAQuotedCell() {
        #expect(cell(#""he said \"no\"""#) == #""he said ""no""""#)
        #expect(cell(#"[{"name":"Xinhua","via":null}]"#) == #""[{""name"":""Xinhua"",""via"":null}]""#)
        #expect(cell(#""common prosperity, “for all”""#) == "\"common prosperity, “for all”\"")
    }

    @Test func everyContractValueIsVisitedInOrder() {
        let object = Array(#"{"a":1,"b":"x,\"y\"","c":[1,{"d":2}],"e":null}"#.utf8)
        var values: [String] = []
        object.withUnsafeBufferPointer { bytes in
            JSONFields.forEachTopLevelValue(of: bytes) { position, json in
                #expect(position == values.count)
                values.append(String(decoding: json, as: UTF8.self))
            }
        }
        #expect(values == ["1", #""x,\"y\"""#, #"[1,{"d":2}]"#, "null"])
    }
}
