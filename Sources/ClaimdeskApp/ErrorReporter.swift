import Foundation

/// Writes one-line errors to standard error: `claimdesk: error: …`.
enum ErrorReporter {
    static func report(_ message: String) {
        let line = "claimdesk: error: \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
