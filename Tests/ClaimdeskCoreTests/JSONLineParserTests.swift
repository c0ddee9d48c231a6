import Foundation
import Testing
@testable import ClaimdeskCore

/// The import's JSON parser reads what `JSONSerialization` reads, value for value, and refuses what it refuses.
@Suite struct JSONLineParserTests {
    @Test(arguments: [
        #"{"id":"a","start":0,"end":12,"text":"“Hi” \u00e9\ud83d\ude00 \"q\" \\ \/ \n\r\t\b\f","n":null,"t":true,"f":false}"#,
        #" { "x" : [ 1 , -2.5e3 , 0 , -0 , 1.25 , [ ] , { } ] , "y" : "" } "#,
        #"[9223372036854775807, 0.5, "\u202f"]"#,
        "\"plain\"",
    ])
    func agreesWithJSONSerialization(_ line: String) throws {
        let ours = try #require(JSONLineParser.parse(line))
        let foundation = try JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed)
        #expect(try canonical(ours) == canonical(foundation), "\(line)")
    }

    @Test(arguments: ["", "{", #"{"a":1,}"#, "[1 2]", "01", "1.", ".5", "-", #""\x""#, #""\ud83d""#, "tru", "{} {}", "\"a\u{1}\"", #"{"a" 1}"#])
    func refusesWhatIsNotOneJSONValue(_ line: String) {
        #expect(JSONLineParser.parse(line) == nil, "\(line)")
    }

    /// Both sides written back with sorted keys (numbers as JSONSerialization writes them).
    private func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }
}
