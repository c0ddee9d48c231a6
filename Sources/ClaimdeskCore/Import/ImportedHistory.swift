import Foundation

/// Replays exported events into a project: same reviewers, times, actions and snapshots, in their
/// original order across claims, with the snapshots pointed at this project's document and
/// `reverts` pointed at the new event ids.
enum ImportedHistory {
    /// One exported event and the claim it now belongs to.
    struct Entry {
        let claimID: Int64
        let docID: Int64
        let origin: String
        let event: [String: Any]

        var originalID: Int { event["id"] as? Int ?? 0 }
    }

    /// Appends the events oldest first; returns how many.
    static func replay(_ entries: [Entry], _ db: any SQLDatabase) throws -> Int {
        var newIDs: [Int64: Int64] = [:]
        for entry in entries.sorted(by: { $0.originalID < $1.originalID }) {
            let event = entry.event
            guard let oldID = (event["id"] as? Int).map(Int64.init), let reviewer = event["reviewer"] as? String,
                  let at = event["at"] as? String, let action = event["action"] as? String else {
                throw ClaimdeskError.badInput("\(entry.origin): an event lacks id, reviewer, at or action")
            }
            let batch = try EventRows.nextBatch(db)
            let newEvent = EventRows.NewEvent(claimID: entry.claimID, docID: entry.docID, action: action, detail: event["detail"] as? String,
                                              before: try snapshot(event["before"], docID: entry.docID, entry.origin),
                                              after: try snapshot(event["after"], docID: entry.docID, entry.origin),
                                              reverts: (event["reverts"] as? Int).flatMap { newIDs[Int64($0)] })
            newIDs[oldID] = try EventRows.append(db, newEvent, reviewer: reviewer, at: at, batch: batch)
        }
        return entries.count
    }

    private static func snapshot(_ value: Any?, docID: Int64, _ origin: String) throws -> ClaimState? {
        guard let object = value as? [String: Any] else { return nil }
        do {
            var state = try JSONDecoder().decode(ClaimState.self, from: JSONSerialization.data(withJSONObject: object))
            state.doc = docID
            return state
        } catch {
            throw ClaimdeskError.badInput("\(origin): an event's snapshot is not a claim state (\(error.localizedDescription))")
        }
    }
}
