import Foundation

/// One member's value of a JSON object read by ``JSONLineParser/fields(_:count:slot:)``: strings, whole numbers, null and
/// lists of strings or of objects typed, anything else (other numbers, `true`/`false`, other lists, objects) as `parse` gives it.
///
/// ```swift
/// JSONField.int(3).value as? Int   // 3
/// ```
enum JSONField {
    case string(String)
    case int(Int)
    case null
    case emptyArray
    /// A list of strings only.
    case strings([String])
    /// A list of objects only.
    case objects([[String: Any]])
    case other(Any)

    /// The value in `JSONLineParser.parse`'s shapes.
    var value: Any {
        switch self {
        case .string(let text): text
        case .int(let number): number
        case .null: NSNull()
        case .emptyArray: [Any]()
        case .strings(let list): list
        case .objects(let list): list
        case .other(let value): value
        }
    }
}
