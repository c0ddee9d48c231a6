import Foundation

/// A set built for `similar`'s recall figure: twenty statements, each quoted by three articles the way
/// outlets do it — in full with curly quotes, trimmed at the start with straight quotes, and trimmed at
/// the end with one word changed — amid filler and the other statements.
///
/// Article `k` (0…9) quotes statements `2k`, `2k + 1` (first quotings) and two others, so every article
/// mixes several statements and every statement appears in three different articles.
enum QuotedStatements {
    static let statements = [
        "The harbour expansion will create four thousand permanent jobs before the end of the decade",
        "Our hospitals have cut waiting times for hip surgery by a third since the spring",
        "Wind farms already supply more than half of the province's electricity on windy days",
        "No teacher in this district has been paid late since the new payroll system started",
        "The bridge was inspected twice last year and engineers found no structural cracks",
        "Rents in the capital rose faster than wages for the seventh year in a row",
        "Our police recorded fewer burglaries in March than in any month since records began",
        "The vaccine trial enrolled twelve hundred volunteers across nine rural clinics",
        "Farmers will receive compensation within thirty days of a flood being declared",
        "The ministry has never bought a single helicopter without an open tender",
        "Air pollution near the steelworks fell sharply after the filters were installed",
        "Every primary school will have a trained nurse by the start of next term",
        "The railway carried a record number of passengers during the holiday weekend",
        "Tax receipts from tourism doubled once the cruise terminal reopened",
        "Our coast guard rescued more migrants at sea this summer than in the previous two",
        "The new library lends more e-books than paper books for the first time",
        "Drinking water in the eastern suburbs meets every national safety standard",
        "The mayor's office spent less on consultants this year than its predecessor did in one month",
        "Broadband now reaches nine out of ten households in the mountain villages",
        "The fishing quota was cut because cod stocks collapsed in the northern bay",
    ]

    static let filler = [
        "The council met on Tuesday evening to discuss the budget.",
        "Opposition members walked out before the final vote.",
        "Residents gathered outside the town hall with banners.",
        "A spokesperson declined to comment on the figures.",
        "Independent auditors are expected to publish a report next month.",
        "Critics say the numbers are hard to verify.",
    ]

    /// The three quotings of statement `index`: (article, text as that article prints it).
    static func quotings(of index: Int) -> [(article: Int, text: String)] {
        let words = statements[index].split(separator: " ").map(String.init)
        let trimmedStart = words.dropFirst(2).joined(separator: " ")
        var changed = Array(words.dropLast(2))
        changed[changed.count / 2] = "reportedly"
        return [(index / 2, statements[index]), ((index / 2 + 3) % 10, trimmedStart), ((index / 2 + 7) % 10, changed.joined(separator: " "))]
    }

    /// The ten articles, and where each statement's quotings landed: statement → [(article, code-point range)].
    static func articles() -> (texts: [String], places: [[(article: Int, range: Range<Int>)]]) {
        var pending: [(statement: Int, article: Int, text: String)] = []
        for statement in statements.indices {
            for (article, text) in quotings(of: statement) { pending.append((statement, article, text)) }
        }
        var places = [[(article: Int, range: Range<Int>)]](repeating: [], count: statements.count)
        var texts: [String] = []
        for article in 0..<10 {
            var text = "Article \(article + 1)\n\n"
            for (position, quoting) in pending.filter({ $0.article == article }).enumerated() {
                text += filler[(article + position) % filler.count] + " "
                let curly = position % 2 == 0
                text += curly ? "“" : "\""
                let start = text.unicodeScalars.count
                text += quoting.text
                places[quoting.statement].append((article, start..<text.unicodeScalars.count))
                text += (curly ? ",” " : ",\" ") + ["an official said", "the minister told reporters", "a statement read"][position % 3] + ".\n\n"
            }
            texts.append(text)
        }
        return (texts, places)
    }
}
