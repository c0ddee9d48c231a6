import ClaimdeskSuggest
import Foundation

extension Workbench {
    /// Suggestions for a document, without spans already marked (in the layers the reviewer sees) or rejected before.
    public func suggestions(for docID: Int64) throws(ClaimdeskError) -> [Suggestion] {
        let text = try self.text(of: docID)
        let known = try knownSpeakers()
        var marked = Set<[Int]>()
        try forEachClaim(ClaimFilter(docID: docID)) { marked.insert([$0.start, $0.end]) }
        let rejected = try store.read { db in
            // in a layer, a reviewer's own rejections only: the others' would tell what they saw
            let ownOnly = try AssignmentRows.all(db, docID: docID).contains { $0.reviewer == reviewer && $0.adjudicatedAt == nil }
            return Set(try db.values("""
                SELECT detail FROM events WHERE doc_id = ? AND action = 'reject-suggestion' AND (? = 0 OR reviewer = ?)
                """, [docID, ownOnly ? 1 : 0, reviewer]) as [String])
        }
        return Suggester(knownSpeakers: known).suggest(in: text.string).filter { suggestion in
            !marked.contains([suggestion.span.start, suggestion.span.end]) && !rejected.contains(SuggestionRecord.rejection(suggestion))
        }
    }

    /// Marks suggestions as claims (`origin: suggested`) in one transaction; `speaker` replaces the suggested one.
    ///
    /// A suggested speaker resolved through a pronoun or an earlier paragraph starts the claim's
    /// attribution rationale with a note saying so (see ``SuggestedAttribution``).
    public func accept(_ suggestions: [Suggestion], in docID: Int64, speaker: String? = nil) throws(ClaimdeskError) -> [Claim] {
        let text = try self.text(of: docID)
        let paragraphs = text.paragraphs()
        return try createClaims(in: docID, drafts: suggestions.map { suggestion in
            var draft = SuggestionRecord.draft(suggestion, speaker: speaker)
            if speaker == nil { draft.attributionNote = SuggestedAttribution.note(suggestion, in: text, paragraphs: paragraphs) }
            return draft
        })
    }

    /// Remembers rejected suggestions (as events) so they are not proposed again.
    public func reject(_ suggestions: [Suggestion], in docID: Int64) throws(ClaimdeskError) {
        try write { scope in
            for suggestion in suggestions {
                try scope.record(EventRows.NewEvent(docID: docID, action: "reject-suggestion", detail: SuggestionRecord.rejection(suggestion)))
            }
        }
    }

    private func knownSpeakers() throws(ClaimdeskError) -> [KnownSpeaker] {
        try speakers().map { KnownSpeaker(name: $0.name, aliases: $0.aliases) }
    }
}

/// How suggestions become claims and rejections.
enum SuggestionRecord {
    static func draft(_ suggestion: Suggestion, speaker: String?) -> ClaimDraft {
        // A quote interrupted by its attribution is one claim of its quoted pieces.
        var draft = suggestion.fragments.map { ClaimDraft(fragments: $0.map { $0.start..<$0.end }) }
            ?? ClaimDraft(range: suggestion.span.start..<suggestion.span.end)
        // `--speaker` naming the suggested speaker again keeps what the suggestion knows of them: note, kind, mention.
        let suggested = speaker == nil || speaker == suggestion.speaker?.name ? suggestion.speaker : nil
        draft.speaker = speaker ?? suggestion.speaker?.name
        draft.speakerNote = suggested?.note
        draft.speakerKind = suggested?.kind.rawValue
        draft.speakerMention = suggested?.mention.map { $0.start..<$0.end }
        draft.cue = suggestion.cueSpan.map { $0.start..<$0.end }
        draft.quoteType = QuoteType(rawValue: suggestion.quoteType.rawValue)
        draft.origin = .suggested
        draft.tags = suggestion.checkWorthiness >= 0.6 ? ["check-worthy"] : []
        draft.detail = String(format: "suggested by rule %@ (confidence %.2f; check-worthiness %.1f%@)", suggestion.rule, suggestion.confidence,
                              suggestion.checkWorthiness, suggestion.checkWorthinessReasons.isEmpty ? "" : ": " + suggestion.checkWorthinessReasons.joined(separator: ", "))
        return draft
    }

    /// The event detail that identifies a rejected suggestion: its span and rule.
    static func rejection(_ suggestion: Suggestion) -> String {
        "rejected suggestion \(suggestion.span.start)..\(suggestion.span.end) (\(suggestion.rule))"
    }
}
