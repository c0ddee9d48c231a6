/// `fragment ID add PIECE` / `fragment ID remove N|PIECE`: adds a piece to a claim or cuts one out,
/// making a claim with gaps (a quote without its `she said`) or joining its pieces again.
public enum FragmentCommand: Command {
    public static let name = "fragment"
    public static let usage = #"fragment ID add START..END|"text" | fragment ID remove N|START..END|"text""#
    public static let summary = "add a piece to a claim, or cut one out (piece N, or any text inside it); one piece left: contiguous again"
    public static let group = CommandGroup.marking
    public static let example = #"fragment 3 add "We can allow some" .. "their fair share.""#
    public static let options = [OptionSpec("nth", value: "K", help: "which occurrence of the text (1 = first; default the one nearest the claim)")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        let verb = try arguments.positional(1, named: "add|remove", usage: usage)
        let text = try context.workbench.text(of: claim.docID)
        let pieces = ClaimFragments.pieces(of: claim.state)
        let edited: [Range<Int>]
        switch verb {
        case "add":
            edited = FragmentEdit.adding(try piece(arguments, near: claim.state.span, in: text), to: pieces)
        case "remove":
            edited = try FragmentEdit.cutting(try removal(arguments, pieces: pieces, in: text), from: pieces, in: text)
        default:
            throw .badInput("'\(verb)' is not add or remove; usage: \(usage)")
        }
        guard edited != pieces else {
            throw .refused("claim \(claim.id) already marks \(FragmentEdit.notation(edited)); nothing changed")
        }
        try ClaimChange.apply(String(claim.id), action: "fragment", detail: "\(verb) \(pieceWords(arguments))", context) { state, _ in
            try FragmentEdit.apply(edited, to: &state, in: text)
        }
    }

    /// The piece after the verb: `START..END`, `"text"` (nearest the claim, or `--nth K`) or `"first" .. "last"`.
    private static func piece(_ arguments: CommandArguments, near span: Range<Int>, in text: DocumentText) throws(ClaimdeskError) -> Range<Int> {
        let words = Array(arguments.positionals.dropFirst(2))
        guard !words.isEmpty else { throw .badInput("missing piece; usage: \(usage)") }
        let nth = try arguments.count("nth", example: 2)
        if nth == nil, words.count == 1, words[0].quoted {
            return try NearestSpan.find(words[0].text, near: span, in: text, what: "the piece")
        }
        return try SpanSelector.parse(words, nth: nth).resolve(in: text)
    }

    /// `remove N` (piece N, from 1) or a piece to cut.
    private static func removal(_ arguments: CommandArguments, pieces: [Range<Int>], in text: DocumentText) throws(ClaimdeskError) -> Range<Int> {
        let words = Array(arguments.positionals.dropFirst(2))
        guard words.count == 1, !words[0].quoted, let number = Int(words[0].text) else {
            return try piece(arguments, near: pieces.first!.lowerBound..<pieces.last!.upperBound, in: text)
        }
        guard pieces.count > 1 else {
            throw .badInput("the claim is one piece; cut text out of it with `fragment ID remove \"text\"` or START..END")
        }
        guard (1...pieces.count).contains(number) else {
            throw .badInput("no piece \(number); the claim has pieces 1..\(pieces.count) (\(FragmentEdit.notation(pieces)))")
        }
        return pieces[number - 1]
    }

    private static func pieceWords(_ arguments: CommandArguments) -> String {
        arguments.positionals.dropFirst(2).map { $0.quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
    }
}
