/// JSON made safe inside an HTML `<script type="application/json">` element.
///
/// A `</script>` in a claim's text would end the element early; here every `<`, `>` and `&` is
/// written as a JSON escape (`\u003c`, `\u003e`, `\u0026`). They can occur only inside JSON
/// strings, where the escape means the same character, so `JSON.parse` reads the same value.
///
/// ```swift
/// ScriptJSON.embed(Array(#"{"text":"</script>"}"#.utf8))   // {"text":"\u003c/script\u003e"}
/// ```
enum ScriptJSON {
    static func embed(_ json: [UInt8]) -> String {
        var safe: [UInt8] = []
        safe.reserveCapacity(json.count + json.count / 16)
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): safe.append(contentsOf: Array(#"\u003c"#.utf8))
            case UInt8(ascii: ">"): safe.append(contentsOf: Array(#"\u003e"#.utf8))
            case UInt8(ascii: "&"): safe.append(contentsOf: Array(#"\u0026"#.utf8))
            default: safe.append(byte)
            }
        }
        return String(decoding: safe, as: UTF8.self)
    }
}
