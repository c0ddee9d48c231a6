import Dispatch

/// SHA-256 of bytes written in chunks, computed on a serial background queue while the writer goes on.
///
/// Exports hash every byte they write (the manifest carries the file's SHA-256); on a machine with a
/// second core the hash no longer adds to the export's time. Chunks are hashed in the order given; at most
/// eight wait at a time (the writer waits beyond that), so memory stays flat.
///
/// ```swift
/// let hash = BackgroundSHA256()
/// hash.update(Array("abc".utf8))
/// hash.hexDigest()   // waits for the queue: "ba7816bf…"
/// ```
final class BackgroundSHA256: @unchecked Sendable {
    /// Touched only on `queue`.
    private var hash = SHA256()
    private let queue = DispatchQueue(label: "claimdesk.sha256")
    private let waiting = DispatchSemaphore(value: 8)

    func update(_ bytes: [UInt8]) {
        waiting.wait()
        queue.async {
            self.hash.update(bytes)
            self.waiting.signal()
        }
    }

    func hexDigest() -> String {
        queue.sync { hash.hexDigest() }
    }
}
