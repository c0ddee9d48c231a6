import Foundation
import Testing
@testable import ClaimdeskCore

/// A JSONL line read straight into its fields (``ClaimLineFields``) decodes to the very claim the general path
/// (`JSONLineParser.parse` into `[String: Any]`) gives, or to the same error; lines it cannot read it leaves to that path.
@Suite struct ClaimLineFieldsTests {
    static let shipped = SampleArticle.repositoryRoot.appendingPathComponent("exports/sample/claims.jsonl").path

    /// Every line of the shipped export (speakers with aliases, sources, evidence, tags), and that export's first line
    /// bent every way a line can be bent: spacing, keys repeated, reordered or unknown, wrong types, bad values.
    @Test func decodesEveryLineAsTheGeneralPathDoes() throws {
        let lines = try String(contentsOfFile: Self.shipped, encoding: .utf8).split(separator: "\n").map(String.init)
        let first = lines[0]
        let spaced = " \t" + first.replacingOccurrences(of: #"",""#, with: "\" ,\n\t\"").replacingOccurrences(of: #"":"#, with: "\" :\r ") + "\n"
        let endings: [String] = [
            #","start":3,"end":7,"text":"x"}"#, #","extra":{"a":[1,2,{"b":null}],"é\u00e9":"\"ü"},"flag":true,"ratio":-1.5e3}"#,
            #","start":3.0}"#, #","end":-1}"#, #","text":true}"#, #","status":"nonsense"}"#, #","status":"Mostly False"}"#,
            #","quote_type":"sideways"}"#, #","schema_version":99}"#, #","fragments":[[0,1],[2]]}"#, #","fragments":[]}"#,
            #","tags":[ ],"speaker_aliases":["A","B"],"sources":[]}"#, #","tags":["a",1]}"#, #","sources":[{"name":"X"},7]}"#,
            #","evidence":[{"ref":"r"}]}"#, #","history_count":99999999999999999999}"#,
            #","events":[{"action":"create","at":"2021-01-01T00:00:00Z"}],"entity_events":[]}"#,
        ]
        let others = [#"{"id":"u","doc_sha256":"s","start":0,"end":2,"text":"ab"}"#, #"{"start":0,"end":2,"text":"ab"}"#, "{}"]
        let bent = [spaced] + endings.map { String(first.dropLast()) + $0 } + others
        for line in lines + bent {
            let fields = try #require(ClaimLineFields(line), "\(line)")
            let record = try #require(JSONLineParser.parse(line) as? [String: Any], "\(line)")
            #expect(Self.decoded(fields) == Self.decoded(record), "\(line)")
        }
    }

    /// Anything but one JSON object, and keys with escapes or non-ASCII letters, go to the general path.
    @Test(arguments: ["", "[]", "\"text\"", "{", #"{"a":1,}"#, #"{"a":1} {}"#, #"{"st\u0061rt":0}"#, #"{"é":0}"#, #"{"a":"\x"}"#,
                      #"{"a":01}"#, #"{"a":[1,]}"#, #"{"a":nul}"#])
    func leavesToTheGeneralPath(_ line: String) {
        #expect(ClaimLineFields(line) == nil, "\(line)")
    }

    /// An escaped key is read by the general path, with the same result.
    @Test func anEscapedKeyStillReads() throws {
        let line = #"{"id":"u","doc_sha256":"s","st\u0061rt":0,"end":2,"text":"ab"}"#
        let record = try #require(JSONLineParser.parse(line) as? [String: Any])
        let claim = try ClaimRecord.decode(record, origin: "x")
        #expect(claim.state.start == 0 && claim.state.end == 2)
    }

    /// What a record decodes to, or the error it gives, as text.
    private static func decoded(_ record: some ClaimFields) -> String {
        do {
            let claim = try ClaimRecord.decode(record, origin: "claims.jsonl:1")
            let sources = claim.sourceDetails.sorted { $0.key < $1.key }.map { "\($0.key)|\($0.value.kind ?? "-")|\($0.value.url ?? "-")" }
            return "\(claim.uid ?? "-") \(claim.docSHA256 ?? "-") \(claim.state) \(claim.speakerAliases) \(sources) \(claim.claimOrigin) "
                + "\(claim.createdBy ?? "-") \(claim.createdAt ?? "-") \(claim.updatedBy ?? "-") \(claim.updatedAt ?? "-") \(claim.historyCount ?? -1) "
                + "\(claim.events.map(sortedJSON)) \(claim.entityEvents.map(sortedJSON))"
        } catch {
            return "error: \(error.message)"
        }
    }

    /// An event as JSON with its keys sorted: a dictionary's own description lists keys in hash order, which two
    /// equal dictionaries need not share.
    private static func sortedJSON(_ event: [String: Any]) -> String {
        (try? JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "\(event)"
    }
}
