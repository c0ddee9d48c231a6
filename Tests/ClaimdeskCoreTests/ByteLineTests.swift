import Testing
@testable import ClaimdeskCore

/// ``ByteLine`` grows past its first capacity, moves bytes right when spaces are inserted, and is reused.
@Suite struct ByteLineTests {
    @Test func growsInsertsAndIsReused() {
        var line = ByteLine(capacity: 4)
        defer { line.deallocate() }
        let word = Array("«Zhou»".utf8)
        word.withUnsafeBufferPointer { bytes in for _ in 0..<100 { line.append(bytes: bytes) } }
        #expect(line.count == 100 * word.count)
        #expect(Array(line.bytes) == Array(repeating: word, count: 100).flatMap { $0 })

        line.removeAll()
        Array("42".utf8).withUnsafeBufferPointer { line.append(bytes: $0) }
        line.insertSpaces(3, at: 0)
        line.appendSpaces(2)
        line.append(byte: UInt8(ascii: "|"))
        #expect(String(decoding: line.bytes, as: UTF8.self) == "   42  |")
        line.removeLast(from: 5)
        #expect(String(decoding: line.bytes(from: 3), as: UTF8.self) == "42")
    }
}
