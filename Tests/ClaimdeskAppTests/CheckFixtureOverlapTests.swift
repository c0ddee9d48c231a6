import ClaimdeskTestSupport
import Foundation
import Testing

/// `Scripts/check-fixture-overlap` over a corpus of one text written here and a checkout of two Swift files: a test
/// sentence sharing seven words with the corpus is listed with its file and line (exit 1); one sharing six is not; a
/// test split is refused.
@Suite struct CheckFixtureOverlapTests {
    private static let corpusText = "The harbour board said on Monday that the ferry to Lake Hollow would run twice a day.\n"

    private func run(corpus folder: String, root: URL) throws -> Subprocess {
        try Subprocess.run(["python3", Repository.path("Scripts/check-fixture-overlap"), folder, "--root", root.path])
    }

    private func makeTree(tests: String) throws -> (corpus: URL, root: URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-overlap-\(UUID().uuidString)")
        let corpus = base.appendingPathComponent("corpus/train/text"), testsFolder = base.appendingPathComponent("checkout/Tests/X")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: testsFolder, withIntermediateDirectories: true)
        try Self.corpusText.write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try tests.write(to: testsFolder.appendingPathComponent("XTests.swift"), atomically: true, encoding: .utf8)
        return (corpus, base.appendingPathComponent("checkout"))
    }

    @Test func aSentenceSharingSevenWordsIsListedWithItsLine() throws {
        let tree = try makeTree(tests: """
            let ours = "The valley council said on Tuesday that the bus would stop."
            let copied = "Officials said the ferry to Lake Hollow would run twice a day in summer."
            """)
        defer { try? FileManager.default.removeItem(at: tree.root.deletingLastPathComponent()) }
        let result = try run(corpus: tree.corpus.path, root: tree.root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout == "Tests/X/XTests.swift:2: the ferry to Lake Hollow would run\n")
        #expect(result.stderr.contains("1 line share 7 words or more with the corpus"))
    }

    @Test func sixSharedWordsAreNoOverlapAndATestSplitIsRefused() throws {
        let tree = try makeTree(tests: #"let near = "Each week the ferry to Lake Hollow would sail at dawn.""#)
        defer { try? FileManager.default.removeItem(at: tree.root.deletingLastPathComponent()) }
        #expect(try run(corpus: tree.corpus.path, root: tree.root).status == 0)
        let refused = try run(corpus: tree.corpus.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("test/text").path,
                              root: tree.root)
        #expect(refused.status == 1 && refused.stderr.contains("is a test split, which is held out"), "\(refused.stderr)")
    }
}
