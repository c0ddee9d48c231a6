import Foundation

/// Reads a document file and checks it is text claimdesk can anchor offsets in.
///
/// The bytes are kept exactly: no newline translation, no normalisation, a
/// byte-order mark stays as U+FEFF (as Python's `utf-8` codec keeps it).
///
/// ```swift
/// let file = try TextFileDecoder.read(path: "article.txt")
/// file.text      // the decoded string
/// file.sha256    // of the bytes on disk
/// ```
public enum TextFileDecoder {
    /// The file types `import` accepts.
    public static let supportedExtensions = ["txt", "md", "markdown", "text"]

    public struct Decoded: Sendable {
        public let text: String
        public let sha256: String
        public let byteCount: Int
    }

    public static func read(path: String) throws(ClaimdeskError) -> Decoded {
        try checkExtension(of: path)
        let bytes = try readBytes(path: path)
        return try decode(bytes, path: path)
    }

    /// Checks bytes are non-empty, valid UTF-8 text with no binary content.
    public static func decode(_ bytes: [UInt8], path: String) throws(ClaimdeskError) -> Decoded {
        guard !bytes.isEmpty else {
            throw .badInput("\(path) is empty; import a file with text in it")
        }
        if let offset = firstInvalidUTF8Byte(in: bytes) {
            throw .badInput("\(path) is not valid UTF-8 at byte \(offset) (0x\(String(format: "%02X", bytes[offset]))); convert it first, naming its encoding after -f: `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.txt`")
        }
        if let offset = bytes.firstIndex(where: isBinaryControl) {
            throw .badInput("\(path) looks binary (control byte 0x\(String(format: "%02X", bytes[offset])) at byte \(offset)); import a .txt or .md text file")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Decoded(text: text, sha256: SHA256.hexDigest(of: bytes), byteCount: bytes.count)
    }

    private static func checkExtension(of path: String) throws(ClaimdeskError) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard supportedExtensions.contains(ext) else {
            let shown = ext.isEmpty ? "a file with no extension" : "a .\(ext) file"
            throw .badInput("cannot import \(path): \(shown); claimdesk imports UTF-8 .txt and .md files (rename a plain-text file to .txt)")
        }
    }

    private static func readBytes(path: String) throws(ClaimdeskError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .badInput("no such file: \(path); check the path (relative paths start from \(FileManager.default.currentDirectoryPath))")
        }
        guard !isDirectory.boolValue else {
            throw .badInput("\(path) is a folder; import one .txt or .md file at a time")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("cannot read \(path); check its permissions")
        }
        return [UInt8](data)
    }

    /// Control bytes that never occur in text documents (NUL and friends; tab, LF, FF, CR and ESC are allowed).
    private static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidByte)
    }
}
