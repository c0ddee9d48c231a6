import Foundation

/// Where commands print their lines.
public protocol CommandOutput: AnyObject {
    func line(_ text: String)
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

    public func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
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
