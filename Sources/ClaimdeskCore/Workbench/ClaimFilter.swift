
/// Which claims a listing or an export takes.
public struct ClaimFilter: Sendable, Equatable {
    /// Any of these statuses (all when empty).
    public var statuses: [VerificationStatus] = []
    /// Claims whose speaker has this name or alias.
    public var speaker: String?
    public var docID: Int64?
    /// Any of these review states (all when empty).
    public var reviewStates: [ReviewState] = []
    /// Any of these attribution statuses (all when empty).
    public var attributions: [AttributionStatus] = []
    /// Only these documents (a split's), when set.
    public var docIDs: [Int64]?
    /// Which layers: what the reviewer sees (listings), the main layer (exports) or one reviewer's layer.
    public var layers: LayerScope = .visible

    public init(statuses: [VerificationStatus] = [], speaker: String? = nil, docID: Int64? = nil, reviewStates: [ReviewState] = [],
                attributions: [AttributionStatus] = []) {
        self.statuses = statuses
        self.attributions = attributions
        self.speaker = speaker
        self.docID = docID
        self.reviewStates = reviewStates
    }

    /// A WHERE clause over `claims c` and its arguments; `reviewer` is who sees (for ``LayerScope/visible``).
    func sql(_ db: any SQLDatabase, reviewer: String? = nil) throws -> (String, [(any SQLBindable)?]) {
        var conditions = ["c.deleted = 0"]
        var arguments: [(any SQLBindable)?] = []
        switch layers {
        case .visible:
            if let reviewer, try AssignmentRows.any(db) {
                let visible = AssignmentRows.visible(to: reviewer)
                conditions.append(visible.condition)
                arguments += visible.arguments
            } else {
                conditions.append("c.layer IS NULL")
            }
        case .main:
            conditions.append("c.layer IS NULL")
        case .reviewer(let name):
            conditions.append("c.layer = ?")
            arguments.append(name)
        }
        if !statuses.isEmpty {
            conditions.append("c.status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            arguments += statuses.map(\.rawValue)
        }
        if !attributions.isEmpty {
            conditions.append("c.attribution_status IN (\(attributions.map { _ in "?" }.joined(separator: ",")))")
            arguments += attributions.map(\.rawValue)
        }
        if !reviewStates.isEmpty {
            conditions.append("c.review_state IN (\(reviewStates.map { _ in "?" }.joined(separator: ",")))")
            arguments += reviewStates.map(\.rawValue)
        }
        if let speaker {
            conditions.append("c.speaker_id = ?")
            arguments.append(try SpeakerRows.find(db, name: speaker)?.id ?? -1)
        }
        if let docIDs {
            conditions.append("c.doc_id IN (\(docIDs.isEmpty ? "NULL" : docIDs.map { _ in "?" }.joined(separator: ",")))")
            arguments += docIDs
        }
        if let docID {
            conditions.append("c.doc_id = ?")
            arguments.append(docID)
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}

/// The layers of claims a filter takes.
public enum LayerScope: Sendable, Equatable {
    /// What the working reviewer sees: the main layer, and layers of documents in double annotation
    /// (only their own where they annotate blind).
    case visible
    /// The documents' main layer: what `export` writes by default.
    case main
    /// One reviewer's layer (`export --layer NAME`).
    case reviewer(String)
}
