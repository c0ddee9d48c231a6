/// A value with a default that `Codable` leaves out while it holds the default and reads as the
/// default when absent, so snapshots written before the field existed still decode.
///
/// ```swift
/// @OmittedWhenDefault public var attribution: AttributionStatus = .unverified
/// // encodes no "attribution_status" key while unverified; decodes {} as unverified
/// ```
@propertyWrapper
public struct OmittedWhenDefault<Value: HasCodingDefault>: Codable, Equatable, Sendable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

/// A value with the default ``OmittedWhenDefault`` leaves out.
public protocol HasCodingDefault: Codable, Equatable, Sendable {
    static var codingDefault: Self { get }
}

extension Bool: HasCodingDefault {
    public static var codingDefault: Bool { false }
}

extension KeyedDecodingContainer {
    /// Synthesised `Decodable` picks this for ``OmittedWhenDefault`` fields: a missing key is the default.
    public func decode<Value>(_ type: OmittedWhenDefault<Value>.Type, forKey key: Key) throws -> OmittedWhenDefault<Value> {
        OmittedWhenDefault(wrappedValue: try decodeIfPresent(Value.self, forKey: key) ?? Value.codingDefault)
    }
}

extension KeyedEncodingContainer {
    /// Synthesised `Encodable` picks this for ``OmittedWhenDefault`` fields: the default writes no key.
    public mutating func encode<Value>(_ value: OmittedWhenDefault<Value>, forKey key: Key) throws {
        if value.wrappedValue != Value.codingDefault { try encode(value.wrappedValue, forKey: key) }
    }
}
