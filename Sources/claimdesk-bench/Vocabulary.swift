/// The words the synthetic news text is made of: speakers, outlets, subjects, figures, emoji.
///
/// Names carry combining marks (`e\u{301}`, decomposed as some feeds send them),
/// figures carry U+202F before `%` as French and SI typography do, quotes are curly.
enum Vocabulary {
    /// A speaker as claims name it: canonical name, kind, and an alias some claims use instead.
    struct Speaker {
        let name: String
        let kind: String
        let alias: String?
    }

    static let speakers = [
        Speaker(name: "Zhou Hongyi", kind: "person", alias: "Zhou"),
        Speaker(name: "Xi Jinping", kind: "person", alias: "President Xi"),
        Speaker(name: "Lu Jun", kind: "person", alias: nil),
        Speaker(name: "Zoe\u{301} Lefe\u{300}vre", kind: "person", alias: "Lefe\u{300}vre"),
        Speaker(name: "Jose\u{301} Marti\u{301}nez", kind: "person", alias: nil),
        Speaker(name: "Nguye\u{302}\u{303}n Thi\u{323} Lan", kind: "person", alias: "Ms Lan"),
        Speaker(name: "Ngozi Okonjo-Iweala", kind: "person", alias: "Okonjo-Iweala"),
        Speaker(name: "Mehmet Öztürk", kind: "person", alias: nil),
        Speaker(name: "Priya Raman", kind: "person", alias: nil),
        Speaker(name: "Kateryna Shevchenko", kind: "person", alias: nil),
        Speaker(name: "Hiroshi Tanaka", kind: "person", alias: nil),
        Speaker(name: "Ana María Pérez", kind: "person", alias: nil),
        Speaker(name: "the finance ministry", kind: "organisation", alias: nil),
        Speaker(name: "the central bank", kind: "organisation", alias: nil),
        Speaker(name: "Alibaba", kind: "organisation", alias: nil),
        Speaker(name: "analysts", kind: "group", alias: nil),
        Speaker(name: "economists", kind: "group", alias: nil),
        Speaker(name: "residents", kind: "group", alias: nil),
    ]

    static let outlets = ["Xinhua", "Reuters", "VOA", "Le Monde", "Caixin", "AFP", "NHK", "Al Jazeera", "the BBC",
                          "Der Spiegel", "El País", "The Hindu", "Kyiv Independent", "Nikkei Asia"]
    static let channels = ["a meeting note", "a press conference", "a written statement", "an interview", "a leaked memo", "a televised address"]

    /// Things measured in per cent.
    static let rates = ["unemployment", "inflation", "rice prices", "the birth rate", "the crime rate", "the minimum wage",
                        "the naïve growth forecast", "the turnout", "rents in the capital", "the savings rate"]
    /// Things measured in money.
    static let amounts = ["exports", "the company’s revenue", "the budget deficit", "investment in renewables",
                          "the cafe\u{301} chain’s sales", "household debt", "the flood-defence budget", "coal revenue"]
    /// Things measured in people.
    static let headcounts = ["the city’s population", "hospital waiting lists", "rail ridership", "tech layoffs",
                             "tourist arrivals", "enrolment in vocational schools", "the number of registered NGOs"]
    static let verbs = ["grew", "fell", "rose", "doubled", "shrank", "stalled", "recovered", "jumped", "slipped", "tripled"]
    static let times = ["last year", "in 2021", "since the pandemic", "over the past decade", "in the first quarter",
                        "before the election", "this spring", "in March", "since 2019", "within months"]
    static let emoji = ["👍🏽", "🌊", "📉", "📈", "🇫🇷", "👨‍👩‍👧", "🔥", "✅", "🤔"]
    static let tags = ["economy", "health", "climate", "elections", "migration", "energy", "housing"]
    static let evidence = ["https://data.worldbank.org/indicator", "https://www.imf.org/en/Publications/WEO", "official statistics bulletin",
                           "https://ec.europa.eu/eurostat", "ministry press release", "https://www.stats.gov.cn/english/"]
}
