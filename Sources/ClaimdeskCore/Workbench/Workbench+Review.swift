import Foundation

extension Workbench {
    /// Asks for a second review: `open` or `disputed` → `needs_review`.
    @discardableResult
    public func submit(_ claimID: Int64, note: String? = nil) throws(ClaimdeskError) -> Claim {
        try change(claimID, action: "submit", detail: note) { state, _ in
            guard state.reviewState != .approved else {
                throw ClaimdeskError.refused("claim \(claimID) is approved already; change it first (any change reopens review)")
            }
            state.reviewState = .needs_review
        }
    }

    /// Approves a claim; refused when the approver is the claim's last editor.
    @discardableResult
    public func approve(_ claimID: Int64, note: String? = nil) throws(ClaimdeskError) -> Claim {
        try change(claimID, action: "approve", detail: note) { state, scope in
            let editor = try lastEditor(scope.db, claimID: claimID)
            guard editor != reviewer else {
                throw ClaimdeskError.refused("you (\(reviewer)) made the last change to claim \(claimID); approval needs another reviewer (--reviewer NAME)")
            }
            state.reviewState = .approved
        }
    }

    /// Disputes a claim, with the reason.
    @discardableResult
    public func dispute(_ claimID: Int64, note: String) throws(ClaimdeskError) -> Claim {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .badInput("a dispute needs a reason: dispute \(claimID) --note \"why\"")
        }
        return try change(claimID, action: "dispute", detail: note) { state, _ in state.reviewState = .disputed }
    }

    /// The reviewer of the claim's latest change to anything but its review state.
    func lastEditor(_ db: any SQLDatabase, claimID: Int64) throws -> String? {
        try EventRows.history(db, claimID: claimID).last { event in
            event.before.map { !ReviewRule.sameContent($0, event.after) } ?? true
        }?.reviewer
    }
}

/// What counts as a change of content, which reopens review of an approved claim.
enum ReviewRule {
    static func sameContent(_ a: ClaimState?, _ b: ClaimState?) -> Bool {
        guard var a, var b else { return a == nil && b == nil }
        a.reviewState = .open
        b.reviewState = .open
        return a == b
    }

    /// An approved claim whose content changes goes back to `needs_review`.
    static func reopenIfNeeded(before: ClaimState, after: inout ClaimState) {
        if before.reviewState == .approved && after.reviewState == .approved && !sameContent(before, after) {
            after.reviewState = .needs_review
        }
    }
}
