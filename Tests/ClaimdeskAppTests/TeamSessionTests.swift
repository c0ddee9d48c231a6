import Foundation
import Testing

/// claimdesk on a password-protected PostgreSQL server, as a reviewer types it: where the password comes from, and what a wrong one gets.
@Suite struct TeamSessionTests {
    @Test func passwordsComeFromTheURLPGPASSWORDOrPgpassAndNeverShow() throws {
        let server = try TestPostgres.startPrivate(password: "s3cret-pw")
        defer { try? server.stop() }
        let workspace = try Workspace()
        try workspace.write("article.txt", "Xi said common prosperity is for all.\n")
        let url = "postgres://claimdesk@127.0.0.1:\(server.port)/postgres?schema=desk"
        let withPassword = "postgres://claimdesk:s3cret-pw@127.0.0.1:\(server.port)/postgres?schema=desk"
        let imported = try workspace.claimdesk("--project", withPassword, "import", "article.txt")
        #expect(imported.status == 0 && !imported.stdout.contains("s3cret"), "\(imported.stderr)")
        let pgpass = try workspace.write("pgpass", "127.0.0.1:\(server.port):*:claimdesk:s3cret-pw\n")
        chmod(pgpass, 0o600)
        for environment in [["PGPASSWORD": "s3cret-pw"], ["PGPASSFILE": pgpass]] {
            let docs = try workspace.claimdesk("--project", url, "docs", environment: environment)
            #expect(docs.status == 0 && docs.stdout.contains("* 1  article"), "\(environment.keys): \(docs.stderr)")
        }
        let wrong = try workspace.claimdesk("--project", url, "docs", environment: ["PGPASSWORD": "guess"])
        #expect(wrong.status == 2 && wrong.stderr.hasPrefix("claimdesk: error: PostgreSQL refused the login at \(url) (")
                && wrong.stderr.contains("check the user and the password (in the URL, PGPASSWORD or ~/.pgpass)"), "\(wrong.stderr)")
        let exported = try workspace.claimdesk("--project", withPassword, "export", "--out", "claims.jsonl")
        #expect(exported.status == 0 && !exported.stdout.contains("s3cret"))
        #expect(try !String(decoding: workspace.read("claims.manifest.json"), as: UTF8.self).contains("s3cret"))
        let ssl = try workspace.claimdesk("--project", url + "&sslmode=require", "docs", environment: ["PGPASSWORD": "s3cret-pw"])
        #expect(ssl.status == 2 && ssl.stderr.contains("SSL"), "sslmode reaches libpq: \(ssl.stderr)")
    }
}
