/// Escapes user text for HTML, so a document or note holding `<script>` or `<img onerror=…>` is
/// shown as text and never parsed as markup.
///
/// `&`, `<`, `>`, `"` and `'` become character references everywhere (text and quoted attribute
/// values alike). A carriage return becomes `&#13;`: the HTML parser turns a raw CR or CRLF into
/// LF, while a character reference keeps it, so the page's text equals the document's code for code.
///
/// ```swift
/// HTMLEscaper.escape("<b>\"Tom & Jerry\"</b>\r\n")   // "&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;&#13;\n"
/// ```
enum HTMLEscaper {
    static func escape(_ text: String) -> String {
        var escaped = ""
        append(text.unicodeScalars, to: &escaped)
        return escaped
    }

    /// Appends the escaped code points to `output` (the page writer's hot path: no temporary string).
    static func append<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars, to output: inout String) {
        for scalar in scalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\r": output += "&#13;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
