import Foundation

/// The reference article, as shipped in docs/sample/.
enum SampleArticle {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var path: String { repositoryRoot.appendingPathComponent("docs/sample/voa-common-prosperity.txt").path }

    static func text() throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}
