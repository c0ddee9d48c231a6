/// Enums typed by their raw names (`refuted`, `misattributed`): parsing with a "did you mean" hint.
///
/// ```swift
/// try AttributionStatus.parse(named: "misatributed", kind: "attribution status")
/// // error: unknown attribution status 'misatributed'; did you mean misattributed? attribution statuses: …
/// ```
extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The case named `text` (any case, `-` for `_`), else an error listing the names and the nearest one.
    static func parse(named text: String, kind: String) throws(ClaimdeskError) -> Self {
        let normalized = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if let value = Self(rawValue: normalized) { return value }
        let names = allCases.map(\.rawValue)
        let hint = NearestWord.find(normalized, among: names).map { "did you mean \($0)? " } ?? ""
        throw .badInput("unknown \(kind) '\(text)'; \(hint)\(kind)es: \(names.joined(separator: ", "))")
    }
}
