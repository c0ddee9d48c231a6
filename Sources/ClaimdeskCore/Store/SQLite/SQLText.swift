import Foundation

/// A statement's SQL as a dictionary key that hashes its length and its first and last 16 bytes, not all of it:
/// claimdesk's statements differ there, and a hit is confirmed by comparing the bytes (`memcmp`). `String`'s own
/// hashing reads every byte of a few hundred, once for every statement run.
///
/// ```swift
/// var statements: [SQLText: Int] = [:]
/// statements[SQLText("SELECT count(*) FROM claims WHERE uid = ?")] = 1
/// ```
struct SQLText: Hashable {
    private static let edge = 16
    let sql: String

    init(_ sql: String) {
        self.sql = sql
    }

    static func == (left: SQLText, right: SQLText) -> Bool {
        var (left, right) = (left.sql, right.sql)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var sql = sql
        sql.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(Self.edge))))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(Self.edge))))
        }
    }
}
