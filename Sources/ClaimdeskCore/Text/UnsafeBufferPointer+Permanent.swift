extension UnsafeBufferPointer<UInt8> {
    /// The UTF-8 of `text` in memory allocated once and never freed: the fixed pieces a hot loop appends (held in a
    /// `static let`), appended with no reference counting, unlike an array.
    ///
    /// ```swift
    /// static let closing = UnsafeBufferPointer.permanent("»")
    /// line.append(bytes: closing)
    /// ```
    static func permanent(_ text: String) -> UnsafeBufferPointer<UInt8> {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        return UnsafeBufferPointer(bytes)
    }
}
