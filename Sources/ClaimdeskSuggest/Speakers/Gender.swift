/// A person's grammatical gender as the text shows it: by a title (`Mrs`), a word in the note (`spokeswoman`),
/// or a pronoun that refers to them (`Kim repeated her warning`). Unknown until then.
enum Gender {
    case male, female

    init?(word: String) {
        if Lexicon.maleWords.contains(word) { self = .male } else if Lexicon.femaleWords.contains(word) { self = .female } else { return nil }
    }

    /// The first word in `words` that tells a gender.
    init?(anyOf words: some Sequence<Substring>) {
        guard let gender = words.lazy.compactMap({ Gender(word: String($0)) }).first else { return nil }
        self = gender
    }
}
