/// An error the server (or libpq) reported, with its SQLSTATE.
///
/// See <https://www.postgresql.org/docs/15/errcodes-appendix.html>.
struct PostgresError: Error {
    let state: String
    let message: String
    /// The connection is gone: the server stopped or the network broke.
    let connectionLost: Bool
}
