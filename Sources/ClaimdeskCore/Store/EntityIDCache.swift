/// Speakers and sources by the names one write uses, each name looked up once: a bulk import of a
/// million claims names a few dozen speakers and sources, and asks for each with every claim.
///
/// A name not found stays unknown until it is created through the cache (``speakerID(_:_:)``,
/// ``sourceID(_:_:)``), so ``speakerName(_:_:)`` never creates anything, as ``ClaimRows/canonical(_:_:names:)``
/// needs. Valid while no speaker or source is renamed, merged or removed behind its back: keep one for
/// one write (a fresh one per call is what the single-claim paths use).
///
/// ```swift
/// let names = EntityIDCache()
/// let id = try names.speakerID(db, "Xi Jinping")   // a query the first time, none after
/// ```
final class EntityIDCache {
    private var speakers = Known(find: { db, name in try SpeakerRows.find(db, name: name) },
                                 create: { db, name in try SpeakerRows.resolveOrCreate(db, name: name) })
    private var sources = Known(find: { db, name in try SourceRows.named(db, name: name) },
                                create: { db, name in try SourceRows.resolveOrCreate(db, name: name) })

    /// The stored name of the speaker named or aliased `name`, or `name` when there is none.
    func speakerName(_ db: any SQLDatabase, _ name: String) throws -> String {
        try speakers.name(db, name)
    }

    /// The id of the speaker named or aliased `name`, created when new.
    func speakerID(_ db: any SQLDatabase, _ name: String) throws -> Int64 {
        try speakers.id(db, name)
    }

    /// The stored spelling of the source `name`, or `name` when new.
    func sourceName(_ db: any SQLDatabase, _ name: String) throws -> String {
        try sources.name(db, name)
    }

    /// The id of the source named `name`, created when new.
    func sourceID(_ db: any SQLDatabase, _ name: String) throws -> Int64 {
        try sources.id(db, name)
    }

    /// One kind's names found so far, with how to find and create one.
    private struct Known {
        let find: (any SQLDatabase, String) throws -> (id: Int64, name: String)?
        let create: (any SQLDatabase, String) throws -> Int64
        var found: [String: (id: Int64, name: String)] = [:]

        mutating func name(_ db: any SQLDatabase, _ name: String) throws -> String {
            try lookUp(db, name)?.name ?? name
        }

        mutating func id(_ db: any SQLDatabase, _ name: String) throws -> Int64 {
            if let known = try lookUp(db, name) { return known.id }
            let id = try create(db, name)
            found[name] = (id, name)
            return id
        }

        private mutating func lookUp(_ db: any SQLDatabase, _ name: String) throws -> (id: Int64, name: String)? {
            if let known = found[name] { return known }
            let looked = try find(db, name)
            found[name] = looked
            return looked
        }
    }
}
