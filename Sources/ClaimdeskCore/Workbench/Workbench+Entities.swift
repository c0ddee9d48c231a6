import Foundation

/// What `merge-speakers` did: the speaker kept, the one folded into it, and the claims moved.
public struct SpeakerMerge: Sendable {
    public let kept: EntityChange
    public let absorbed: EntityChange
    public let claims: [Int64]
}

extension Workbench {
    /// Adds or removes a speaker's aliases and sets its kind or note (the speaker is created when
    /// new), as one entity event. Refuses an alias that names another speaker, and a change that changes nothing.
    public func annotateSpeaker(_ name: String, adding: [String] = [], removing: [String] = [],
                                kind: String? = nil, note: String? = nil) throws(ClaimdeskError) -> EntityChange {
        let speakerName = try EntityName.validate(name, what: "speaker")
        let added = try adding.map { alias throws(ClaimdeskError) in try EntityName.validate(alias, what: "alias") }
        return try write { scope in
            let db = scope.db
            let speaker = EntityReference(kind: .speaker, id: try SpeakerRows.resolveOrCreate(db, name: speakerName))
            try scope.touch(speaker, action: "alias")
            let before = try EntityRows.snapshot(db, speaker)
            for alias in added {
                if let other = try SpeakerRows.find(db, name: alias), other.id != speaker.id {
                    throw ClaimdeskError.refused("'\(alias)' already names speaker \"\(other.name)\"; pick another alias")
                }
                try SpeakerRows.addAlias(db, alias, speakerID: speaker.id)
            }
            for alias in removing {
                guard try SpeakerRows.removeAlias(db, alias, speakerID: speaker.id) else {
                    throw ClaimdeskError.refused("'\(alias)' is not an alias of speaker \"\(before?.name ?? speakerName)\"; `speakers` lists the aliases")
                }
            }
            if kind != nil || note != nil {
                try SpeakerRows.setDetails(db, id: speaker.id, kind: kind, note: note, overwrite: true)
            }
            return try Self.changed(speaker, from: before, db, isNew: scope.entities.isNew(speaker))
        }
    }

    /// Sets a source's kind or url, as one entity event; the claims citing it are not touched.
    public func updateSource(_ name: String, kind: String?, url: String?) throws(ClaimdeskError) -> EntityChange {
        try write { scope in
            guard let id = try SourceRows.find(scope.db, name: name) else {
                throw ClaimdeskError.notFound("no source '\(name)'; add it to a claim with `source ID NAME`")
            }
            let source = EntityReference(kind: .source, id: id)
            let before = try EntityRows.snapshot(scope.db, source)
            try Self.setSourceDetails(scope, source: source, kind: kind, url: url)
            return try Self.changed(source, from: before, scope.db, isNew: false)
        }
    }

    /// The stored spelling of a source's name, or `name` itself when there is no such source.
    public func canonicalSourceName(_ name: String) throws(ClaimdeskError) -> String {
        try store.read { db in try SourceRows.canonicalName(db, name: name) }
    }

    /// Sets a source's kind and url where given, recording the source's event with the change.
    static func setSourceDetails(_ scope: ChangeScope, source: EntityReference, kind: String?, url: String?) throws {
        guard kind != nil || url != nil else { return }
        try scope.touch(source, action: "source")
        try SourceRows.setDetails(scope.db, id: source.id, kind: kind, url: url, overwrite: true)
    }

    /// Folds speaker `other` into `kept` (the same person under two names): `other`'s claims move to
    /// `kept`, its name and aliases become `kept`'s aliases, and it is removed — one command, one `undo`.
    public func mergeSpeakers(keeping kept: String, absorbing other: String) throws(ClaimdeskError) -> SpeakerMerge {
        try write { scope in
            let db = scope.db
            let (keep, absorb) = (try Self.existingSpeaker(kept, db), try Self.existingSpeaker(other, db))
            guard keep.id != absorb.id else {
                throw ClaimdeskError.refused("'\(kept)' and '\(other)' already are one speaker, \"\(keep.name)\"; nothing to merge")
            }
            let (keepRef, absorbRef) = (EntityReference(kind: .speaker, id: keep.id), EntityReference(kind: .speaker, id: absorb.id))
            let (keepBefore, absorbBefore) = (try EntityRows.snapshot(db, keepRef), try EntityRows.snapshot(db, absorbRef))
            try scope.touch(keepRef, action: "merge-speakers")
            try scope.touch(absorbRef, action: "merge-speakers")
            let claims = try moveClaims(from: absorb.id, to: keep.name, scope)
            try SpeakerRows.remove(db, id: absorb.id)
            for alias in [absorb.name] + (absorbBefore?.aliases ?? []) { try SpeakerRows.addAlias(db, alias, speakerID: keep.id) }
            try SpeakerRows.setDetails(db, id: keep.id, kind: absorbBefore?.kind, note: absorbBefore?.note, overwrite: false)
            return SpeakerMerge(kept: try Self.changed(keepRef, from: keepBefore, db, isNew: false),
                                absorbed: EntityChange(entity: absorbRef, before: absorbBefore, after: nil), claims: claims)
        }
    }

    /// Gives every claim of a speaker (deleted ones too) another speaker, each with its claim event.
    private func moveClaims(from speakerID: Int64, to name: String, _ scope: ChangeScope) throws -> [Int64] {
        let ids = try SpeakerRows.claimIDs(scope.db, speakerID: speakerID)
        for id in ids {
            let claim = try ClaimRows.fetch(scope.db, id: id)!
            var state = claim.state
            state.speaker = name
            ReviewRule.reopenIfNeeded(before: claim.state, after: &state)
            try ClaimRows.write(scope.db, id: id, state: state, reviewer: reviewer, at: scope.at)
            try scope.record(EventRows.NewEvent(claimID: id, docID: state.doc, action: "merge-speakers", before: claim.state, after: state))
        }
        return ids
    }

    private static func existingSpeaker(_ name: String, _ db: any SQLDatabase) throws -> (id: Int64, name: String) {
        guard let speaker = try SpeakerRows.find(db, name: name) else {
            throw ClaimdeskError.notFound("no speaker '\(name)'; `speakers` lists the speakers and their aliases")
        }
        return speaker
    }

    /// The change to an entity, refused when there is none.
    private static func changed(_ entity: EntityReference, from before: EntityState?, _ db: any SQLDatabase, isNew: Bool) throws -> EntityChange {
        let after = try EntityRows.snapshot(db, entity)
        guard isNew || after != before else {
            throw ClaimdeskError.refused("\(entity.kind) \"\(after?.name ?? "")\" already is so; nothing changed")
        }
        return EntityChange(entity: entity, before: isNew ? nil : before, after: after)
    }
}
