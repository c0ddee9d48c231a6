import Foundation

/// Checks names of speakers, sources and tags.
enum EntityName {
    static func validate(_ name: String, what: String) throws(ClaimdeskError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .badInput("the \(what) name is empty; give a name, e.g. \"Zhou Hongyi\"") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badInput("the \(what) name contains control characters; type it on one line")
        }
        return trimmed
    }
}
