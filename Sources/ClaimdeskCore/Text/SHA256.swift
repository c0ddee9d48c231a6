import CSHA256

/// SHA-256 (FIPS 180-4) of a byte sequence, as lowercase hex.
///
/// Documents are identified by the SHA-256 of their bytes and every export
/// manifest carries the SHA-256 of its file; this small implementation keeps
/// claimdesk free of a cryptography dependency for that one function. The block
/// rounds are in C (`CSHA256`), with the x86 SHA extensions where the processor has
/// them: a million-claim export hashes about 1.2 GB.
///
/// ```swift
/// var hash = SHA256()
/// hash.update(Array("abc".utf8))
/// hash.hexDigest()   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    )
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {
        pending.reserveCapacity(64)
    }

    /// The hex digest of `bytes` in one call.
    public static func hexDigest(of bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }

    /// Feeds more bytes.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Feeds more bytes, straight from memory (whole blocks are hashed in place, without copying).
    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var index = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            index = take
            if pending.count == 64 {
                let block = pending
                block.withUnsafeBufferPointer { compress($0.baseAddress!) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        let blocks = (bytes.count - index) / 64
        if blocks > 0 {
            compress(base + index, count: blocks)
            index += 64 * blocks
        }
        pending.append(contentsOf: bytes[index...])
    }

    /// Finishes the hash and returns it as 64 lowercase hex digits.
    public func hexDigest() -> String {
        var copy = self
        return copy.finish().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private mutating func finish() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { compress($0.baseAddress!, count: $0.count / 64) }
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    /// Compresses `count` consecutive 64-byte blocks (in C: the x86 SHA extensions where the processor has them).
    private mutating func compress(_ blocks: UnsafePointer<UInt8>, count: Int = 1) {
        withUnsafeMutableBytes(of: &state) { words in
            claimdesk_sha256_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks, count)
        }
    }
}
