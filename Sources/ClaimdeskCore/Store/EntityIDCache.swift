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
    private var speakers: [String: (id: Int64, name: String)] = [:]
    private var sources: [String: (id: Int64, name: String)] = [:]

    /// The stored name of the speaker named or aliased `name`, or `name` when there is none.
    func speakerName(_ db: any SQLDatabase, _ name: String) throws -> String {
        try speaker(db, name)?.name ?? name
    }

    /// The id of the speaker named or aliased `name`, created when new.
    func speakerID(_ db: any SQLDatabase, _ name: String) throws -> Int64 {
        if let known = try speaker(db, name) { return known.id }
        let id = try SpeakerRows.resolveOrCreate(db, name: name)
        speakers[name] = (id, name)
        return id
    }

    /// The stored spelling of the source `name`, or `name` when new.
    func sourceName(_ db: any SQLDatabase, _ name: String) throws -> String {
        try source(db, name)?.name ?? name
    }

    /// The id of the source named `name`, created when new.
    func sourceID(_ db: any SQLDatabase, _ name: String) throws -> Int64 {
        if let known = try source(db, name) { return known.id }
        let id = try SourceRows.resolveOrCreate(db, name: name)
        sources[name] = (id, name)
        return id
    }

    private func speaker(_ db: any SQLDatabase, _ name: String) throws -> (id: Int64, name: String)? {
        if let known = speakers[name] { return known }
        let found = try SpeakerRows.find(db, name: name)
        speakers[name] = found
        return found
    }

    private func source(_ db: any SQLDatabase, _ name: String) throws -> (id: Int64, name: String)? {
        if let known = sources[name] { return known }
        let found = try SourceRows.named(db, name: name)
        sources[name] = found
        return found
    }
}
