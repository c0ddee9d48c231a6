/// Escapes user text for HTML, so a document or note holding `<script>` or `<img onerror=…>` is
/// shown as text and never parsed as markup.
///
/// `&`, `<`, `>`, `"` and `'` become character references everywhere (text and quoted attribute
/// values alike). A carriage return becomes `&#13;`: the HTML parser turns a raw CR or CRLF into
/// LF, while a character reference keeps it, so the page's text equals the document's code for code.
/// Every character escaped is ASCII, so the work is done on UTF-8 bytes, and text with nothing
/// to escape is returned as it is.
///
/// ```swift
/// HTMLEscaper.escape("<b>\"Tom & Jerry\"</b>\r\n")   // "&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;&#13;\n"
/// ```
enum HTMLEscaper {
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { reference(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 64)
        for byte in utf8 {
            if let reference = reference(for: byte) { escaped.append(contentsOf: reference) } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8), cr = Array("&#13;".utf8)

    private static func reference(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): return amp
        case UInt8(ascii: "<"): return lt
        case UInt8(ascii: ">"): return gt
        case UInt8(ascii: "\""): return quot
        case UInt8(ascii: "'"): return apos
        case 0x0D: return cr
        default: return nil
        }
    }
}
