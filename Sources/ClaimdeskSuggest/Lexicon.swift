import Foundation

/// The words the rules look for, in one place.
enum Lexicon {
    /// Verbs that report speech: "said", "told", "stressed", …
    static let cues = "said|says|say|told|tells|added|adds|stressed|declared|explained|noted|warned|argued|claimed|insisted|wrote|asked|recalled|acknowledged|urged"

    /// A proper name: capitalised words, with `and`/`of`/`for` between them ("National Development and Reform Commission").
    static let name = #"[A-Z][\w\-’']*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w\-’']*)*"#

    /// An organisation named by description: "the national weather service", "the city's finance office".
    static let description = #"\b[Tt]he\s+(?:[\w\-’']+\s+){0,3}(?:service|office|agency|ministry|police|government|council|company|union|authority|committee|department|court|board|spokesperson|spokesman|spokeswoman)\b"#

    /// Who can speak: a pronoun, an unnamed group, a described organisation, or a name (with "the").
    static let speaker = #"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Aa]nalysts|[Ee]xperts|[Oo]fficials|[Cc]ritics|[Rr]esearchers)\b|"# + description
        + #"|(?:\b[Tt]he\s+)?"# + name + ")"

    static let pronouns: Set<String> = ["he", "she", "they"]
    static let groups: Set<String> = ["analysts", "experts", "officials", "critics", "researchers"]

    /// Words that end a title before a person's name ("Emergency Services Director Laura Kim" → "Laura Kim").
    static let titles: Set<String> = ["President", "Premier", "Minister", "Mayor", "Governor", "Director", "Senator", "Judge", "Chief",
                                      "Mr.", "Ms.", "Mrs.", "Dr.", "Professor", "CEO", "Chairman", "Chairwoman", "Secretary", "General", "Spokesperson"]

    /// Words that make a name an organisation.
    static let organisationWords = ["Daily", "Agency", "News", "Commission", "Ministry", "Center", "Centre", "Group", "Party", "Council",
                                    "Times", "Post", "Xinhua", "Committee", "Institute", "University", "Bank", "Office", "Department", "Reuters", "Bureau",
                                    "Union", "Authority", "Service", "service", "office", "agency", "ministry", "police", "government",
                                    "council", "company", "union", "authority", "committee", "department", "court", "board"]

    static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants written here; a typo is a programming error caught by the rule tests.
        try! NSRegularExpression(pattern: pattern)
    }
}
