import Foundation
import Testing
@testable import ClaimdeskCore

@Suite struct ExportTests {
    static let contractKeys = [
        "schema_version", "id", "doc_id", "doc_title", "doc_sha256", "doc_url", "start", "end", "text", "prefix", "suffix",
        "speaker", "speaker_aliases", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "sources",
        "status", "label_fever", "label_averitec", "rating", "rationale", "evidence", "tags", "origin", "review_state",
        "created_by", "created_at", "updated_by", "updated_at", "history_count",
    ]

    @Test(arguments: StoreKind.allCases) func everyKeyOnEveryLineInContractOrder(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Common prosperity means" --status refuted --source Xinhua"#)
        let summary = try project.workbench.export(ExportRequest())
        let lines = try String(contentsOfFile: summary.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            #expect(JSONKeyOrder.topLevelKeys(of: String(line)) == Self.contractKeys)
        }
        #expect(summary.path == project.location.exportFolder + "/claims.jsonl")
    }

    @Test(arguments: StoreKind.allCases) func sameProjectAndFiltersGiveIdenticalBytes(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun" --status refuted"#, #"claim "Zhou Hongyi""#)
        let first = try project.workbench.export(ExportRequest(filter: ClaimFilter(statuses: [.refuted, .supported])))
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first.path))
        let second = try project.workbench.export(ExportRequest(filter: ClaimFilter(statuses: [.supported, .refuted, .refuted])))
        #expect(first.path == second.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second.path)) == firstBytes)
        #expect(first.records == 1)
        #expect(first.sha256 == SHA256.hexDigest(of: [UInt8](firstBytes)))
        let manifest = try String(contentsOfFile: first.manifestPath, encoding: .utf8)
        #expect(manifest.contains(#""records":1,"sha256":"\#(first.sha256)","filters":{"status":["supported","refuted"]"#))
    }

    @Test(arguments: StoreKind.allCases) func anUnwritablePathLeavesNothingBehind(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#)
        let blocker = try project.file("blocker", "a file, not a folder")
        #expect(throws: ClaimdeskError.self) { try project.workbench.export(ExportRequest(out: blocker + "/sub/claims.jsonl")) }
        let folder = project.workspace + "/ro"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        if access(folder, W_OK) != 0 {
            #expect(throws: ClaimdeskError.self) { try project.workbench.export(ExportRequest(out: folder + "/x.jsonl")) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func anExistingExportIsReplacedWhole(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#)
        let path = project.workspace + "/out.jsonl"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let summary = try project.workbench.export(ExportRequest(out: path))
        #expect(summary.records == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"schema_version":1,"#))
        #expect(summary.manifestPath == project.workspace + "/out.manifest.json")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.workspace).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func jsonStringsEscapeOnlyWhatJSONRequires() {
        var json = JSONWriter()
        json.beginObject()
        json.field("t", "“q” \"x\" \\ \r\n\t\u{1}\u{7F} \u{202F}👍🏽")
        json.field("n", nil as String?)
        json.endObject()
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"t":"“q” \"x\" \\ \r\n\t\u0001\u007f \#u{202F}👍🏽","n":null}"#)
    }
}

/// Reads the top-level keys of a JSON object in the order they appear (Foundation's parser loses order).
enum JSONKeyOrder {
    static func topLevelKeys(of json: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        var expectingKey = false
        for character in json {
            if inString {
                if escaped { escaped = false; current.append(character); continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" {
                    inString = false
                    if expectingKey && depth == 1 { keys.append(current) }
                    expectingKey = false
                    continue
                }
                current.append(character)
                continue
            }
            switch character {
            case "\"": inString = true; current = ""
            case "{", "[": depth += 1; expectingKey = character == "{" && depth == 1
            case "}", "]": depth -= 1
            case ",": expectingKey = depth == 1
            default: break
            }
        }
        return keys
    }
}

@Suite struct ExportReviewAndHistoryTests {
    @Test(arguments: StoreKind.allCases) func approvedOnlyAndWithHistory(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#, "status 1 refuted")
        try project.workbench(for: "ben").approve(1)
        let approved = try project.run("export --approved-only --with-history")
        #expect(approved.hasPrefix(project.location.exportFolder + "/claims-approved-history.jsonl\n1 record"))
        let line = try String(contentsOfFile: project.location.exportFolder + "/claims-approved-history.jsonl", encoding: .utf8)
        #expect(JSONKeyOrder.topLevelKeys(of: line) == ExportTests.contractKeys + ["events", "entity_events"])
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let events = record["events"] as! [[String: Any]]
        #expect(events.map { $0["action"] as! String } == ["create", "status", "approve"])
        #expect(events.map { $0["reviewer"] as! String } == ["ana", "ana", "ben"])
        #expect((events[1]["after"] as! [String: Any])["status"] as! String == "refuted")
        #expect(record["history_count"] as! Int == 3)
    }
}

@Suite struct CancellationTests {
    /// Ctrl-C in the REPL sets the workbench's cancellation check: a running export or listing stops, writing nothing.
    @Test(arguments: StoreKind.allCases) func cancelledExportWritesNothing(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#)
        project.workbench.isCancelled = { true }
        #expect(throws: ClaimdeskError.refused("interrupted (Ctrl-C); nothing was written")) { try project.workbench.export(ExportRequest()) }
        #expect(throws: ClaimdeskError.self) { try project.run("claims") }
        #expect(!FileManager.default.fileExists(atPath: project.location.exportFolder + "/claims.jsonl"))
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: project.location.exportFolder + "")) ?? []
        #expect(leftovers.isEmpty)
    }

    /// W3C `source` values are URIs (the suite checks `format: uri`): IRIs are mapped, anything else is no source.
    @Test func w3cSourcesAreURIs() {
        #expect(W3CExportFormat.uri("https://example.org/café?q=1#p") == "https://example.org/caf%C3%A9?q=1#p")
        #expect(W3CExportFormat.uri("urn:isbn:0451450523") == "urn:isbn:0451450523")
        #expect(W3CExportFormat.uri("https://example.org/a%20b") == "https://example.org/a%20b")
        for notURI in ["Ministry letter", "CPI table: line 3", "https://example.org/a b", "https://x.example/{id}", "https://x.example/%zz",
                       "https://x.example/#a#b", "1http://x", "https://x.example/\u{2028}", "", ":x"] {
            #expect(W3CExportFormat.uri(notURI) == nil, "\(notURI)")
        }
    }
}
