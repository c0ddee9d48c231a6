import Foundation
import Testing
import CSHA256
@testable import ClaimdeskCore

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesMatchOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hash = SHA256()
        for chunk in stride(from: 0, to: bytes.count, by: 37) { hash.update(Array(bytes[chunk..<min(chunk + 37, bytes.count)])) }
        #expect(hash.hexDigest() == SHA256.hexDigest(of: bytes))
    }

    @Test func sampleArticleMatchesSha256sum() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SampleArticle.path)))
        #expect(SHA256.hexDigest(of: bytes) == "f58fc03a75f6bb617783e76cbc8170848856ec8b9c2f6aafb36b534fff523d54")
    }

    /// The x86 SHA-extension rounds and the portable rounds leave the same state, block count by block count
    /// (where the processor has no extensions both calls take the portable path, and this checks nothing more).
    @Test func acceleratedAndPortableRoundsAgree() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<(64 * 300)).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        for blocks in [1, 2, 3, 7, 64, 300] {
            var fast: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
            var portable = fast
            claimdesk_sha256_blocks(&fast, bytes, blocks)
            claimdesk_sha256_blocks_portable(&portable, bytes, blocks)
            #expect(fast == portable, "after \(blocks) blocks (extensions used: \(claimdesk_sha256_accelerated() == 1))")
        }
    }
}
