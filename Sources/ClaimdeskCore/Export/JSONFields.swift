import Foundation

/// Splits one compact JSON object (as ``JSONLExportFormat`` writes it) into its top-level values,
/// so other formats reuse the contract's exact encoding instead of a second copy of it.
enum JSONFields {
    enum Value {
        case null
        /// A JSON string, decoded.
        case string(String)
        /// Any other JSON value, as written.
        case raw([UInt8])
    }

    static func topLevelValues(of object: [UInt8]) -> [Value] {
        var values: [Value] = []
        var depth = 0
        var inString = false
        var escaped = false
        var valueStart: Int?
        for (index, byte) in object.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 1, let start = valueStart { values.append(value(Array(object[start..<index]))); valueStart = nil }
                depth -= 1
            case UInt8(ascii: ":") where depth == 1: valueStart = index + 1
            case UInt8(ascii: ",") where depth == 1:
                if let start = valueStart { values.append(value(Array(object[start..<index]))) }
                valueStart = nil
            default: break
            }
        }
        return values
    }

    private static func value(_ json: [UInt8]) -> Value {
        if json == Array("null".utf8) { return .null }
        if json.first == UInt8(ascii: "\""), let string = try? JSONDecoder().decode(String.self, from: Data(json)) { return .string(string) }
        return .raw(json)
    }
}
