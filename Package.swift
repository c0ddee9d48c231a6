// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "claimdesk",
    products: [
        .executable(name: "claimdesk", targets: ["claimdesk"]),
        .library(name: "ClaimdeskCore", targets: ["ClaimdeskCore"]),
    ],
    dependencies: [
        // SQLite access: typed errors, migrations, cursors that stream rows. Links the system libsqlite3.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // Command-line flags and help for the executable.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // GNU readline (Debian: libreadline-dev), with a C shim for the globals Swift 6 cannot assign.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]),
        // libpq, PostgreSQL's own C client (Debian: libpq-dev): the team store.
        .systemLibrary(
            name: "CLibPQ",
            providers: [.apt(["libpq-dev"])]),
        // SHA-256 block rounds in C: the x86 SHA extensions when the processor has them, portable rounds otherwise.
        .target(name: "CSHA256"),
        // Documents, claims, the project store (SQLite or PostgreSQL), the command language and exports.
        .target(
            name: "ClaimdeskCore",
            dependencies: [
                "ClaimdeskSuggest", "ClaimdeskText", "CLibPQ", "CSHA256", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for reading columns straight from GRDB's prepared statements.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // Rule-based suggestions of quotes, speakers and cues. Pure text in, candidates out.
        .target(name: "ClaimdeskSuggest", dependencies: ["ClaimdeskText"]),
        // What the store and the suggester both need to know about text: where its characters begin.
        .target(name: "ClaimdeskText"),
        // Sessions: the REPL (readline, completion, paging), scripts and one-shot commands over a project.
        .target(
            name: "ClaimdeskApp",
            dependencies: ["ClaimdeskCore", "ClaimdeskSuggest", "CReadline"]),
        // The thin executable.
        .executableTarget(
            name: "claimdesk",
            dependencies: [
                "ClaimdeskApp",
                "ClaimdeskCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Release-mode benchmarks against the sqlite3 shell (not run by `swift test`).
        .executableTarget(name: "claimdesk-bench", dependencies: ["ClaimdeskCore"]),
        // Suggestions over a folder of articles as JSON lines, or timed (Scripts/evaluate-attribution).
        .executableTarget(name: "claimdesk-suggest-corpus", dependencies: ["ClaimdeskSuggest"]),
        // What both test targets share: child processes without inherited sockets, a throwaway PostgreSQL cluster.
        .target(name: "ClaimdeskTestSupport", path: "Tests/ClaimdeskTestSupport"),
        .testTarget(
            name: "ClaimdeskCoreTests",
            dependencies: ["ClaimdeskCore", "ClaimdeskText", "ClaimdeskTestSupport", "CSHA256", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ClaimdeskSuggestTests", dependencies: ["ClaimdeskSuggest"], exclude: ["Gold"]),
        .testTarget(
            name: "ClaimdeskAppTests",
            dependencies: ["ClaimdeskApp", "ClaimdeskCore", "ClaimdeskTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
