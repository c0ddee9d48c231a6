/// The hint printed when a command makes a new speaker whose name ends like a speaker's the project has, so that one
/// person under two names does not split a dataset unnoticed:
///
/// ```
/// new speaker "Sen. Maria Lopez"; the project has "Maria Lopez": if they are one person, `merge-speakers "Maria Lopez" "Sen. Maria Lopez"`
/// ```
///
/// Taken before the change (which may make the speaker), printed after it:
/// ```swift
/// let hint = try NewSpeakerHint(draft.speaker, context)
/// let claim = try context.workbench.createClaim(in: docID, draft: draft)
/// try hint.print(context)
/// ```
struct NewSpeakerHint {
    /// The speaker the change names, when the project has no such speaker yet.
    private let newSpeaker: String?

    init(_ speaker: String?, _ context: CommandContext) throws(ClaimdeskError) {
        newSpeaker = try speaker.flatMap { name throws(ClaimdeskError) in try context.workbench.isSpeaker(name) ? nil : name }
    }

    /// Prints the hint when the change made the new speaker and others end with the same word.
    func print(_ context: CommandContext) throws(ClaimdeskError) {
        guard let speaker = newSpeaker, try context.workbench.isSpeaker(speaker) else { return }
        let alike = try context.workbench.speakers(sharingLastWordWith: speaker)
        guard let first = alike.first else { return }
        let names = alike.map { "\"\($0)\"" }.joined(separator: ", ")
        context.print("new speaker \"\(speaker)\"; the project has \(names): if they are one person, `merge-speakers \"\(first)\" \"\(speaker)\"`")
    }
}
