import GRDB

extension Database {
    /// Runs a statement compiled once per connection and reused (hot paths run it per claim).
    ///
    /// See https://www.sqlite.org/c3ref/prepare.html
    func run(_ sql: String, _ arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
