/// Which user-given references may become links: only absolute `http` and `https` URLs.
///
/// `javascript:`, `data:`, `file:` and relative references stay text, as do URLs with white
/// space or control characters (which browsers strip, letting `java\tscript:` through elsewhere).
///
/// ```swift
/// WebLink.isWebURL("https://www.xinhuanet.com/2021-08/17")   // true
/// WebLink.isWebURL("javascript:alert(1)")                    // false
/// WebLink.isWebURL(" https://example.org")                   // false
/// ```
enum WebLink {
    static func isWebURL(_ reference: String) -> Bool {
        let lowered = reference.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return false }
        let hostStart = lowered.firstIndex(of: "/").map { lowered.index($0, offsetBy: 2) } ?? lowered.endIndex
        guard hostStart < lowered.endIndex, lowered[hostStart] != "/" else { return false }
        return !reference.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `<a href="…">text</a>` for a web URL, else the escaped text.
    static func html(_ reference: String) -> String {
        let text = HTMLEscaper.escape(reference)
        guard isWebURL(reference) else { return text }
        return "<a href=\"\(text)\" rel=\"noopener noreferrer\">\(text)</a>"
    }
}
