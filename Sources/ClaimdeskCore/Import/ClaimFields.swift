/// A claim record's fields, read by key: a parsed JSON object (`[String: Any]`, what brat gathers), or a
/// JSONL line read straight into typed slots (``ClaimLineFields``). ``ClaimRecord`` decodes either.
///
/// `string` and `int` give nil when the key is absent or holds another type, as `record[key] as? String` does.
///
/// ```swift
/// let record: [String: Any] = ["start": 0, "end": 5, "text": "Hello"]
/// record.int(.end)   // 5
/// ```
protocol ClaimFields {
    func string(_ key: ClaimKey) -> String?
    func int(_ key: ClaimKey) -> Int?
    /// The value as `JSONLineParser` gives it (`[Any]`, `[String: Any]`, `NSNull`, …); nil when absent.
    func value(_ key: ClaimKey) -> Any?
    func strings(_ key: ClaimKey) -> [String]?
    func objects(_ key: ClaimKey) -> [[String: Any]]?
}

extension ClaimFields {
    func strings(_ key: ClaimKey) -> [String]? { value(key) as? [String] }
    func objects(_ key: ClaimKey) -> [[String: Any]]? { value(key) as? [[String: Any]] }
}

extension Dictionary: ClaimFields where Key == String, Value == Any {
    func string(_ key: ClaimKey) -> String? { self[key.name] as? String }
    func int(_ key: ClaimKey) -> Int? { self[key.name] as? Int }
    func value(_ key: ClaimKey) -> Any? { self[key.name] }
}
