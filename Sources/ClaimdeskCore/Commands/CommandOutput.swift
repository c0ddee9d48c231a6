import Foundation

/// Where commands print their lines.
public protocol CommandOutput: AnyObject {
    func line(_ text: String)
    /// A line given as (valid) UTF-8 bytes, without its line break.
    func line(utf8: UnsafeBufferPointer<UInt8>)
}

extension CommandOutput {
    public func line(utf8: UnsafeBufferPointer<UInt8>) { line(String(decoding: utf8, as: UTF8.self)) }
}

/// Output that holds lines until a command is done.
public protocol FlushingOutput: CommandOutput {
    func flush()
}

/// Collects lines in memory (tests, and text that goes to a pager).
public final class CapturedOutput: CommandOutput {
    public private(set) var lines: [String] = []

    public init() {}

    public func line(_ text: String) { lines.append(text) }

    public var text: String { lines.map { $0 + "\n" }.joined() }
}

/// Writes lines to standard output through a buffer flushed after each command.
public final class StandardOutput: FlushingOutput {
    private var buffer: [UInt8] = []

    public init() {}

    public func line(_ text: String) { append(text.utf8) }

    public func line(utf8: UnsafeBufferPointer<UInt8>) { append(utf8) }

    private func append(_ line: some Collection<UInt8>) {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
