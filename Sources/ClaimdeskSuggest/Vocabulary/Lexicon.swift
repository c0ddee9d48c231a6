/// The words and marks the rules and the speaker resolver look for, in one place.
enum Lexicon {
    static let closingMarks: Set<Unicode.Scalar> = ["”", "\"", "’"]
    static let openingMarks: Set<Unicode.Scalar> = ["“", "\"", "‘"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    /// Words before a full stop that does not end a sentence.
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Gov", "Sen", "Rep", "Jan", "Feb", "Mar", "Apr",
                                             "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Co", "Corp", "Inc", "Ltd"]

    /// Verbs that report speech (the cues).
    static let speechVerbs = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "stressed", "stresses", "declared", "declares",
                              "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues", "claimed", "claims", "insisted",
                              "insists", "wrote", "writes", "asked", "asks", "recalled", "acknowledged", "acknowledges", "urged", "urges",
                              "announced", "announces", "estimated", "estimates", "predicted", "predicts", "reported", "reports", "confirmed",
                              "confirms", "denied", "denies", "admitted", "admits", "emphasi[sz]ed", "emphasi[sz]es", "replied", "responded",
                              "countered", "cautioned", "maintained", "maintains", "concluded", "observed", "remarked", "testified", "tweeted",
                              "conceded", "complained", "found", "finds", "showed", "shows", "pointed out"]
    /// Participles that add reported speech to a sentence: ", adding that …".
    static let speechParticiples = ["adding", "saying", "noting", "arguing", "warning", "insisting", "claiming", "explaining", "stressing",
                                    "asserting", "acknowledging", "conceding", "predicting", "estimating", "emphasi[sz]ing", "pointing out",
                                    "recalling"]
    /// Words that may stand between a speaker and the cue: "Xi also said".
    static let wordsBeforeCue = ["also", "later", "then", "again", "previously", "has", "had", "have", "would", "repeatedly", "once",
                                 "recently", "earlier", "publicly", "privately"]

    /// Cues that report speech only when `that` follows (`announced that …`), not with an object (`announced a crackdown`).
    static let cuesNeedingThat: Set<String> = ["announced", "announces", "reported", "reports", "confirmed", "confirms", "denied", "denies",
                                               "admitted", "admits", "urged", "urges", "asked", "asks", "recalled",
                                               "found", "finds", "showed", "shows"]

    static let personalPronouns: Set<String> = ["he", "she"]
    static let collectivePronouns: Set<String> = ["they"]

    /// Plural nouns that name an unnamed group of speakers: "analysts say", "Other economists say".
    static let groupNouns = ["analysts", "experts", "officials", "critics", "researchers", "economists", "observers", "scientists",
                             "meteorologists", "forecasters", "residents", "witnesses", "activists", "diplomats", "sources", "lawmakers",
                             "legislators", "doctors", "investors", "supporters", "opponents", "protesters", "campaigners", "scholars",
                             "academics", "commentators", "insiders", "traders", "farmers", "workers", "teachers", "parents", "locals",
                             "organizers", "organisers", "prosecutors", "investigators", "executives", "authorities", "voters", "students"]

    /// Lower-case head nouns of an organisation named by description: "the statistics office", "the bank".
    static let organisationNouns = ["service", "office", "agency", "ministry", "police", "government", "council", "company", "union",
                                    "authority", "committee", "department", "court", "board", "bank", "institute", "commission",
                                    "association", "exchange", "army", "embassy", "parliament", "regulator", "watchdog", "management", "firm",
                                    "group"]
    /// Lower-case words for a business right before its name: "payments startup Clearpath", "news outlet China Daily".
    static let businessNouns: Set<String> = ["startup", "company", "firm", "giant", "group", "maker", "platform", "marketplace",
                                             "manufacturer", "conglomerate", "outlet", "newspaper", "broadcaster", "agency", "bank", "insurer",
                                             "retailer", "lender", "carrier", "airline", "brand", "chain", "operator", "developer", "publisher"]
    /// Documents a claim is attributed to ("according to court documents", "data from the Ardo Stock Exchange"): their
    /// speaker is only a name after `from` or `by`.
    static let documentNouns: Set<String> = ["study", "report", "survey", "poll", "analysis", "data", "figures", "documents", "document",
                                             "statement", "research", "paper", "estimates", "records", "filing", "filings"]
    /// Lower-case head nouns of a person named by description: "the spokeswoman said".
    static let personNouns = ["spokesperson", "spokesman", "spokeswoman"]

    /// Capitalised words that make a name an organisation's: "Xinhua News Agency", "Maritime Trade Council".
    static let organisationWords: Set<String> = ["Daily", "Agency", "News", "Commission", "Ministry", "Center", "Centre", "Group", "Party",
                                                 "Council", "Times", "Post", "Xinhua", "Reuters", "Committee", "Institute", "University",
                                                 "Bank", "Office", "Department", "Bureau", "Union", "Authority", "Service", "Association",
                                                 "Exchange", "Conference", "Foundation", "Company", "Corporation", "Fund", "Organization",
                                                 "Organisation", "Court", "Parliament", "Congress", "Senate", "Police", "Army", "Network",
                                                 "School", "College", "Hospital", "Federation", "League", "Board", "Trust", "Society", "Press",
                                                 "Capital", "Holdings", "Administration", "Inc", "Ltd", "Corp", "Co"]

    /// Titles before a name, dropped from the name and kept as the new speaker's note
    /// ("Emergency Services Director Laura Kim" → "Laura Kim", note "Emergency Services Director").
    static let titles: Set<String> = ["President", "Premier", "Minister", "Mayor", "Governor", "Director", "Senator", "Judge", "Chief",
                                      "Mr", "Ms", "Mrs", "Miss", "Dr", "Professor", "Prof", "CEO", "Chairman", "Chairwoman", "Secretary",
                                      "General", "Spokesperson", "Chancellor", "Commissioner", "Ambassador", "Representative", "Sir",
                                      "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Captain", "Colonel", "Inspector",
                                      "Officer", "Detective", "Coach", "Speaker", "Leader", "Chair", "Attorney", "Prosecutor"]

    /// Words that open a capitalised run without being part of a name: "In May", "During", "His".
    static let notNames: Set<String> = ["The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "During", "Since", "After", "Before",
                                        "When", "While", "But", "And", "Or", "If", "As", "Meanwhile", "However", "This", "That", "These",
                                        "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "It", "He", "She", "They", "We", "I",
                                        "Other", "Some", "Many", "Most", "Last", "Next", "According", "Speaking", "Formerly", "Then",
                                        "There", "Here", "Yet", "So", "Still", "Even", "Also", "Only", "Not", "No", "Every", "Each",
                                        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A word right before a name that makes it a place, an object or part of an organisation, not someone who could speak next.
    static let beforePlaceOrObject: Set<String> = ["in", "at", "of", "from", "near", "to", "for", "by", "with", "on", "into", "across",
                                                   "outside", "inside", "between", "via", "under", "over", "than", "about", "the", "a", "an"]

    /// Words that tell a person's gender when they come before the name or in the note beside it.
    static let maleWords: Set<String> = ["Mr", "Sir", "Lord", "King", "Prince", "chairman", "spokesman", "businessman", "congressman",
                                         "father", "husband", "son", "brother", "grandfather", "he", "his", "him", "himself"]
    static let femaleWords: Set<String> = ["Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "chairwoman", "spokeswoman",
                                           "businesswoman", "congresswoman", "mother", "wife", "daughter", "sister", "grandmother",
                                           "widow", "she", "her", "hers", "herself"]
}
