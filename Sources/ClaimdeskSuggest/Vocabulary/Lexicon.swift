/// The words and marks the rules and the speaker resolver look for, in one place.
enum Lexicon {
    static let closingMarks: Set<Unicode.Scalar> = ["”", "\"", "’"]
    static let openingMarks: Set<Unicode.Scalar> = ["“", "\"", "‘"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    /// Words before a full stop that does not end a sentence: the abbreviated titles (`Det. Jane Roe said`) and these.
    static let abbreviations = Set(["St", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Co", "Corp", "Inc",
                                    "Ltd", "Jr", "Sr", "Gens", "vs", "Ft", "Mt", "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn",
                                    "Tenn", "Tex", "Wash", "Wis", "Va", "Pa"] + abbreviatedTitles)

    /// Verbs that report speech (the cues).
    static let speechVerbs = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "stressed", "stresses", "declared", "declares",
                              "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues", "claimed", "claims", "insisted",
                              "insists", "wrote", "writes", "asked", "asks", "recalled", "acknowledged", "acknowledges", "urged", "urges",
                              "announced", "announces", "estimated", "estimates", "predicted", "predicts", "reported", "reports", "confirmed",
                              "confirms", "denied", "denies", "admitted", "admits", "emphasised", "emphasized", "emphasises", "emphasizes", "replied", "responded",
                              "countered", "cautioned", "maintained", "maintains", "concluded", "observed", "remarked", "testified", "tweeted",
                              "conceded", "complained", "found", "finds", "showed", "shows", "pointed out", "stated", "states",
                              "reiterated", "mentioned", "boasted", "vowed", "promised", "pledged", "contended", "contends", "asserted",
                              "asserts", "alleged", "alleges", "charged", "suggested", "suggests", "believes", "believe", "believed",
                              "thinks", "think", "thought", "agreed", "indicated", "revealed", "disclosed", "joked", "quipped", "opined",
                              "posted", "continued", "repeated", "recounted", "argue", "claim", "insist", "warn", "note", "explain",
                              "add", "write", "tweet", "tweets", "predict", "estimate", "report", "agree", "contend", "suggest",
                              "worried", "worry", "feared", "fear", "fears", "hoped", "hopes", "expects", "expected", "expect", "knew",
                              "knows", "know", "felt", "feel", "feels", "understood", "recognized", "recognised", "concede", "admit",
                              "acknowledge", "deny", "confirm", "announce", "declare", "emphasize", "stress", "assert", "allege",
                              "maintain", "observe", "remark", "respond", "reply", "counter", "caution", "conclude", "complain",
                              "shouted", "exclaimed", "retorted", "fumed", "chanted", "agrees", "shot back", "responds", "replies", "recalls"]
    /// The speech verbs as single words, for a quick look at whether a sentence may report speech (`pointed out` → `pointed`).
    static let speechVerbWords = words(of: speechVerbs)
    static let speechParticipleWords = words(of: speechParticiples)
    /// The speech verbs that report speech without `that`.
    static let cueWordsOnTheirOwn = speechVerbWords.subtracting(cuesNeedingThat)

    /// `pointed out` → `pointed`.
    private static func words(of phrases: [String]) -> Set<String> {
        Set(phrases.map { String($0.split(separator: " ")[0]) })
    }

    /// Participles that add reported speech to a sentence: ", adding that …".
    static let speechParticiples = ["adding", "saying", "noting", "arguing", "warning", "insisting", "claiming", "explaining", "stressing",
                                    "asserting", "acknowledging", "conceding", "predicting", "estimating", "emphasising", "emphasizing", "pointing out",
                                    "recalling", "stating", "declaring", "contending"]
    /// Words that open a subordinate clause at the start of a sentence: `While Ramos said that …, he appears …`.
    static let subordinators: Set<String> = ["While", "Although", "Though", "Whereas", "Even", "Despite", "If", "When", "Because", "Since",
                                             "After", "Before", "Once", "Until", "Unless", "Years", "Shortly"]
    /// Words that open a sentence after an initialism's full stop (`… in the U.S. He says …`), never a name's next word.
    static let sentenceOpeners: Set<String> = ["He", "She", "They", "It", "The", "But", "We", "This", "That", "His", "Her", "Their"]
    /// Participles after a comma that stay inside a reported clause (`the plan, including tax cuts, …`); any other
    /// `, …ing` ends it (`, putting them ahead of …`, `, telling reporters …`).
    static let participlesInAClause = ["including", "regarding", "concerning", "following", "excluding", "nothing", "something", "anything",
                                       "everything", "being", "during", "according", "morning", "evening", "thing"]
    /// Verbs after `and` or `but` with no new subject that are the speaker's next act, not part of what was said:
    /// `he found Moreno “very polite” and called his record “second to none.”`, `… but lamented that …`.
    static let secondActsOfTheSpeaker = ["called", "calls", "calling", "vowed", "vows", "promised", "promises", "questioned", "questioning",
                                         "criticized", "accused", "urged", "lamented", "praised", "defended", "dismissed", "blamed",
                                         "swears", "swore", "considers", "requested", "suggested", "suggesting", "warning", "warned",
                                         "expressed", "declined", "refused", "pledged", "took issue", "seemed to"]
    /// Words that may stand between a speaker and the cue: "Xi also said".
    static let wordsBeforeCue = ["also", "later", "then", "again", "previously", "has", "had", "have", "would", "repeatedly", "once",
                                 "recently", "earlier", "publicly", "privately", "will", "has long", "did", "does", "had also",
                                 "went on to", "often", "only", "still", "even", "never", "first", "flatly", "further", "simply",
                                 "quickly", "separately", "long", "reportedly", "frequently"]

    /// Cues that report speech only when `that` follows (`announced that …`), not with an object (`announced a crackdown`),
    /// and words that are mostly nouns or other verbs without it (`The two states hold primaries`, `Clinton maintains a
    /// wide lead`).
    static let cuesNeedingThat: Set<String> = ["announced", "announces", "reported", "reports", "confirmed", "confirms", "denied", "denies",
                                               "admitted", "admits", "urged", "urges", "asked", "asks", "recalled",
                                               "found", "finds", "showed", "shows", "suggested", "suggests", "revealed", "disclosed",
                                               "indicated", "agreed", "charged", "promised", "pledged", "vowed", "repeated", "posted",
                                               "continued", "mentioned", "recounted", "know", "knew", "knows", "understood", "felt",
                                               "feel", "feels", "recognized", "recognised", "expected", "expect", "expects", "hoped",
                                               "hopes", "feared", "fear", "fears", "worried", "worry", "deny", "confirm", "announce",
                                               "admit", "acknowledge", "report", "concede", "believed", "thought", "maintain",
                                               "observe", "remark", "respond", "reply", "counter", "caution", "conclude", "complain",
                                               "declare", "emphasize", "stress", "assert", "allege", "add", "estimate", "predict", "responds", "replies", "recalls",
                                               "states", "maintains", "maintained"]

    /// Words that open a description of a speaker: "the", "a Democratic senator", "his campaign".
    static let determiners: Set<String> = ["The", "the", "A", "a", "An", "an", "His", "his", "Her", "her", "Their", "their", "Its", "its",
                                           "Another", "another", "One", "one", "That", "that", "This", "this"]

    /// The auxiliary and modal verbs: the verb of a clause, never a word of a name or of a description (`the crews are`,
    /// `people close to the mayor have`).
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
                                           "could", "should", "may", "might", "must", "did", "do", "does"]

    /// Words that may follow a quoted phrase without the phrase qualifying them: prepositions, conjunctions, relatives
    /// (`a "curfew patrol" on Wednesday`, `"reckless" and urged`).
    static let functionWordsAfterAPhrase: Set<String> = ["and", "or", "but", "nor", "in", "on", "at", "of", "to", "for", "from", "by",
                                                         "with", "as", "that", "which", "who", "whom", "whose", "when", "while",
                                                         "if", "because", "since", "until", "after", "before", "during", "over",
                                                         "into", "about", "against", "out", "than", "then", "so", "is", "was", "are",
                                                         "were", "be", "been", "has", "had", "have", "will", "would", "can", "could"]
    static let personalPronouns: Set<String> = ["he", "she"]
    static let collectivePronouns: Set<String> = ["they"]

    /// Plural nouns that name an unnamed group of speakers: "analysts say", "Other economists say".
    static let groupNouns = ["analysts", "experts", "officials", "critics", "researchers", "economists", "observers", "scientists",
                             "meteorologists", "forecasters", "residents", "witnesses", "activists", "diplomats", "sources", "lawmakers",
                             "legislators", "doctors", "investors", "supporters", "opponents", "protesters", "campaigners", "scholars",
                             "academics", "commentators", "insiders", "traders", "farmers", "workers", "teachers", "parents", "locals",
                             "organizers", "organisers", "prosecutors", "investigators", "executives", "authorities", "voters", "students",
                             "aides", "advisers", "advisors", "allies", "strategists", "staffers", "Democrats", "Republicans", "polls",
                             "surveys", "conservatives", "liberals", "progressives", "members", "leaders", "donors", "delegates",
                             "reports", "pollsters", "consultants", "operatives", "senators", "Americans", "people", "others", "many", "some",
                             "both", "few", "families", "candidates", "respondents", "half", "police", "advocates", "backers",
                             "proponents", "politicians", "defenders", "demonstrators"]

    /// Lower-case head nouns of an organisation named by description: "the statistics office", "the bank".
    static let organisationNouns = ["service", "office", "agency", "ministry", "police", "government", "council", "company", "union",
                                    "authority", "committee", "department", "court", "board", "bank", "institute", "commission",
                                    "association", "exchange", "army", "embassy", "parliament", "regulator", "watchdog", "management", "firm",
                                    "group", "campaign", "newspaper", "paper", "network", "website", "magazine", "statement", "report",
                                    "email", "letter", "editorial", "poll", "survey", "study", "memo", "administration", "party",
                                    "organization", "organisation", "foundation", "team", "outlet", "station", "channel", "release",
                                    "ad", "advertisement", "video", "book", "article", "post", "tweet", "lawsuit", "complaint", "filing",
                                    "analysis", "review", "document", "message", "site", "blog", "column", "transcript"]
    /// Lower-case words for a business right before its name: "payments startup Clearpath", "news outlet China Daily".
    static let businessNouns: Set<String> = ["startup", "company", "firm", "giant", "group", "maker", "platform", "marketplace",
                                             "manufacturer", "conglomerate", "outlet", "newspaper", "broadcaster", "agency", "bank", "insurer",
                                             "retailer", "lender", "carrier", "airline", "brand", "chain", "operator", "developer", "publisher"]
    /// Documents a claim is attributed to ("according to court documents", "data from the Ardo Stock Exchange"): their
    /// speaker is only a name after `from` or `by`.
    static let documentNouns: Set<String> = ["study", "report", "survey", "poll", "analysis", "data", "figures", "documents", "document",
                                             "statement", "research", "paper", "estimates", "records", "filing", "filings"]
    /// Lower-case head nouns of a person named by description: "the spokeswoman said".
    static let personNouns = ["spokesperson", "spokesman", "spokeswoman", "senator", "president", "nominee", "candidate", "aide",
                              "adviser", "advisor", "official", "source", "governor", "congressman", "congresswoman", "lawmaker",
                              "chairman", "chairwoman", "director", "leader", "friend", "lawyer", "attorney", "representative",
                              "strategist", "analyst", "expert", "economist", "professor", "secretary", "ambassador", "mayor", "judge",
                              "manager", "executive", "chief", "founder", "author", "reporter", "host", "writer", "columnist", "voter",
                              "supporter", "critic", "officer", "agent", "member", "operative", "consultant", "pollster", "businessman",
                              "businesswoman", "billionaire", "mogul", "woman", "man", "veteran", "activist", "resident", "student",
                              "teacher", "worker", "daughter", "son", "wife", "husband", "mother", "father", "hopeful", "contender",
                              "challenger", "incumbent", "speaker", "minister", "premier", "chancellor", "diplomat", "general",
                              "commander", "sheriff", "prosecutor", "investigator", "researcher", "scientist", "doctor", "physician",
                              "editor", "anchor", "moderator", "person", "insider", "donor", "delegate", "rival", "opponent",
                              "star", "actor", "actress", "singer", "comedian", "pastor", "priest", "bishop", "protester",
                              "organizer", "organiser", "employee", "staffer", "partner", "colleague", "biographer",
                              "historian", "scholar", "commentator", "pundit", "blogger", "owner", "parent", "surrogate", "ally",
                              "narrator", "boy", "girl", "commenter", "user", "witness", "speechwriter", "co-founder", "co-host",
                              "front-runner", "frontrunner", "boss"]

    /// Capitalised words that make a name an organisation's: "Xinhua News Agency", "Maritime Trade Council".
    static let organisationWords: Set<String> = ["Daily", "Agency", "News", "Commission", "Ministry", "Center", "Centre", "Group", "Party",
                                                 "Council", "Times", "Post", "Xinhua", "Reuters", "Committee", "Institute", "University",
                                                 "Bank", "Office", "Department", "Bureau", "Union", "Authority", "Service", "Association",
                                                 "Exchange", "Conference", "Foundation", "Company", "Corporation", "Fund", "Organization",
                                                 "Organisation", "Court", "Parliament", "Congress", "Senate", "Police", "Army", "Network",
                                                 "School", "College", "Hospital", "Federation", "League", "Board", "Trust", "Society", "Press",
                                                 "Capital", "Holdings", "Administration", "Inc", "Ltd", "Corp", "Co"]

    /// Titles written short, with a full stop, before a name: "Mr. Obama", "Sen. Chris Murphy".
    static let abbreviatedTitles = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Rev", "Adm",
                                    "Maj", "Pres", "Supt", "Det", "Insp", "Cmdr", "Amb", "Atty", "Sens", "Reps"]

    /// Titles before a name, dropped from the name and kept as the new speaker's note
    /// ("Emergency Services Director Laura Kim" → "Laura Kim", note "Emergency Services Director").
    static let titles = Set(["President", "Premier", "Minister", "Mayor", "Governor", "Director", "Senator", "Judge", "Chief",
                                      "Miss", "Professor", "CEO", "Chairman", "Chairwoman", "Secretary",
                                      "General", "Spokesperson", "Chancellor", "Commissioner", "Ambassador", "Representative", "Sir",
                                      "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Captain", "Colonel", "Inspector",
                                      "Officer", "Detective", "Coach", "Speaker", "Leader", "Chair", "Attorney", "Prosecutor"]
        + abbreviatedTitles)

    /// Words that open a capitalised run without being part of a name: "In May", "During", "His".
    static let notNames: Set<String> = ["The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "During", "Since", "After", "Before",
                                        "When", "While", "But", "And", "Or", "If", "As", "Meanwhile", "However", "This", "That", "These",
                                        "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "It", "He", "She", "They", "We", "I",
                                        "Other", "Some", "Many", "Most", "Last", "Next", "According", "Speaking", "Formerly", "Then",
                                        "There", "Here", "Yet", "So", "Still", "Even", "Also", "Only", "Not", "No", "Every", "Each",
                                        "Although", "Though", "Because", "Nearly", "Almost", "About", "What", "Where", "Why", "How",
                                        "Who", "Asked", "Basing", "Instead", "Now", "Today", "Yesterday", "Later", "Earlier", "Moreover",
                                        "Similarly", "Likewise", "Indeed", "Furthermore", "Separately",
                                        "Soon", "Shortly", "Just", "Over", "Whatever", "Several", "Subsequent", "Initial",
                                        "Neither", "Either", "Whether", "Of", "Unlike", "Despite", "Among", "Amid", "Under", "Without",
                                        "Against", "Until", "Unless", "Beyond", "Alongside", "Through",
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

    /// Places a text names as often as people (states, countries, cities): never the person a later "he", "she" or a quote
    /// with no cue refers to (`“This is fantastic!”` after `… in New Hampshire`).
    static let places: Set<String> = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
                                      "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
                                      "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
                                      "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
                                      "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
                                      "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
                                      "West Virginia", "Wisconsin", "Wyoming", "D.C.", "America", "United States", "U.S.", "Central America",
                                      "Latin America", "Europe", "Asia", "Africa", "Middle East", "China", "Russia", "Mexico", "Canada",
                                      "Iran", "Iraq", "Syria", "Israel", "Britain", "Germany", "France", "Japan", "India", "Ukraine",
                                      "Cuba", "Afghanistan", "Pakistan", "Libya", "Egypt", "Saudi Arabia", "Turkey", "Brazil",
                                      "Philippines", "Mexico City", "New York City", "Los Angeles", "Chicago", "Philadelphia",
                                      "Cleveland", "Brooklyn", "Manhattan", "Boston", "Miami", "Houston", "Dallas", "Atlanta",
                                      "Las Vegas", "San Francisco", "Detroit", "Denver", "Baltimore", "Orlando", "Tampa", "Charleston",
                                      "Des Moines", "London", "Paris", "Beijing", "Moscow", "Brussels", "Berlin", "Tel Aviv",
                                      "Jerusalem", "Havana", "Nova Scotia", "Scotland", "Harlem", "Silicon Valley", "Wall Street"]
}

