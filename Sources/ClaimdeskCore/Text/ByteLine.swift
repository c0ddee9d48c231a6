/// A line of output built in place, byte by byte, and reused for the next line: what the `claims` listing writes a
/// million rows through. Appends copy into memory it owns (no array's uniqueness and capacity checks, no reference
/// counting); it grows when a line needs more. Its owner calls ``deallocate()``.
///
/// ```swift
/// var line = ByteLine(capacity: 256)
/// defer { line.deallocate() }
/// line.append(bytes: name)
/// line.appendSpaces(3)
/// output.line(utf8: line.bytes)
/// line.removeAll()
/// ```
struct ByteLine: ByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// The line so far; valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes from `start` on; valid until the next change.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: count - start) }

    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func appendSpaces(_ spaces: Int) {
        guard spaces > 0 else { return }
        reserve(spaces)
        (base + count).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// Moves the bytes from `offset` on to the right by `spaces` and fills the gap with spaces.
    mutating func insertSpaces(_ spaces: Int, at offset: Int) {
        guard spaces > 0 else { return }
        reserve(spaces)
        UnsafeMutableRawPointer(base + offset + spaces).copyMemory(from: base + offset, byteCount: count - offset)
        (base + offset).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// Drops the bytes from `offset` on.
    mutating func removeLast(from offset: Int) {
        count = offset
    }

    mutating func removeAll() {
        count = 0
    }

    func deallocate() {
        base.deallocate()
    }

    private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = Swift.max(2 * capacity, count + more)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
    }
}
