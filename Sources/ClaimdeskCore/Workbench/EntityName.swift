import Foundation

/// Checks names of speakers, sources and tags.
enum EntityName {
    private static let examples = [
        "speaker": "give a name, e.g. \"Zhou Hongyi\"", "source": "give a name, e.g. \"VOA Mandarin\"",
        "evidence": "give a URL or a description, e.g. https://www.xinhuanet.com/…", "tag": "give a word, e.g. economy",
        "alias": "give another name, e.g. Zhou",
    ]

    static func validate(_ name: String, what: String) throws(ClaimdeskError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .badInput("the \(what) is empty; \(examples[what] ?? "give some text")") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badInput("the \(what) name contains control characters; type it on one line")
        }
        return trimmed
    }
}
