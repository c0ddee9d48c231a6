import Foundation

/// Checks `import` metadata before anything is written.
enum DocumentMetadataValidator {
    static func validate(_ metadata: DocumentMetadata) throws(ClaimdeskError) {
        if let published = metadata.published, !isDate(published) {
            throw .badInput("--published '\(published)' is not a date; write YYYY-MM-DD, e.g. --published 2021-09-30")
        }
        if let url = metadata.url, URL(string: url)?.scheme == nil {
            throw .badInput("--url '\(url)' is not a URL; write it with its scheme, e.g. https://www.voanews.com/…")
        }
        if let title = metadata.title, title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .badInput("--title is empty; give a title or leave --title out to use the file name")
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = Calendar(identifier: .gregorian)
        return (1...12).contains(month) && (1...31).contains(day) && components.isValidDate
    }
}
