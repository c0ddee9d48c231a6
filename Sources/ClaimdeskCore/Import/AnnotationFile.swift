import Foundation

/// Reading annotation files with clear errors: the whole text, or its lines, streamed.
///
/// ```swift
/// try AnnotationFile.forEachLine("doccano.jsonl") { number, line in … }   // numbered from 1, CRLF or LF
/// ```
enum AnnotationFile {
    static func text(_ path: String) throws(ClaimdeskError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("cannot read \(path); check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw notUTF8(path)
        }
        return text
    }

    /// The non-empty lines, numbered from 1, each without its `\n` or `\r\n` (for small files).
    static func lines(_ path: String) throws(ClaimdeskError) -> [(number: Int, text: String)] {
        var lines: [(number: Int, text: String)] = []
        do {
            try forEachLine(path) { number, text in lines.append((number, text)) }
        } catch let error as ClaimdeskError {
            throw error
        } catch {
            preconditionFailure("collecting lines throws only ClaimdeskError: \(error)")
        }
        return lines
    }

    /// Calls `body` with each non-empty line, numbered from 1, without its `\n` or `\r\n`, reading
    /// the file a megabyte at a time: memory stays flat however long the file.
    static func forEachLine(_ path: String, progress: ProgressLine? = nil, _ body: (Int, String) throws -> Void) throws {
        guard let file = fopen(path, "rb") else { throw ClaimdeskError.badInput("cannot read \(path); check the path") }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var number = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0x0A {
                pending.append(contentsOf: chunk[start..<index])
                number += 1
                try emit(&pending, number, path, progress, body)
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        guard ferror(file) == 0 else { throw ClaimdeskError.badInput("cannot read \(path); check the path") }
        if !pending.isEmpty { try emit(&pending, number + 1, path, progress, body) }
    }

    /// Lines in a file (its `\n` bytes, plus a last line without one), counted without decoding.
    static func lineCount(_ path: String) -> Int {
        guard let file = fopen(path, "rb") else { return 0 }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var (lines, last): (Int, UInt8) = (0, 0x0A)
        while case let count = chunk.withUnsafeMutableBytes({ fread($0.baseAddress, 1, $0.count, file) }), count > 0 {
            for index in 0..<count where chunk[index] == 0x0A { lines += 1 }
            last = chunk[count - 1]
        }
        return lines + (last == 0x0A ? 0 : 1)
    }

    private static func emit(_ line: inout [UInt8], _ number: Int, _ path: String, _ progress: ProgressLine?,
                             _ body: (Int, String) throws -> Void) throws {
        defer { line.removeAll(keepingCapacity: true) }
        progress?.advance()
        if line.last == 0x0D { line.removeLast() }
        guard !line.isEmpty else { return }
        guard let text = line.withUnsafeBufferPointer({ String(validUTF8: $0) }) else { throw notUTF8(path) }
        try body(number, text)
    }

    private static func notUTF8(_ path: String) -> ClaimdeskError {
        .badInput("\(path) is not UTF-8 text; save it as UTF-8")
    }

    /// `claims.jsonl:12`, for error messages.
    static func origin(_ path: String, line: Int) -> String {
        origin(fileName: fileName(path), line: line)
    }

    /// ``origin(_:line:)`` from the file's name taken once (``fileName(_:)``): a bulk import names every line.
    ///
    /// ```swift
    /// let name = AnnotationFile.fileName("exports/claims.jsonl")
    /// AnnotationFile.origin(fileName: name, line: 12)   // "claims.jsonl:12"
    /// ```
    static func origin(fileName: String, line: Int) -> String {
        "\(fileName):\(line)"
    }

    /// The last component of `path`, what origins name.
    static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }
}
