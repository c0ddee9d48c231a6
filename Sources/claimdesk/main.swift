import ArgumentParser
import ClaimdeskApp
import ClaimdeskCore

/// The `claimdesk` executable: parses the command line and hands over to ``Session``.
struct ClaimdeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimdesk",
        abstract: "A terminal workbench for annotating and fact-checking claims in documents.",
        discussion: """
            With no COMMAND and a terminal, opens the REPL; with --script FILE or commands on \
            standard input, runs them in order and stops at the first error (exit status 2). \
            Type `help` inside for the command language.
            """)

    @Option(name: .long, help: "A project name under projects/, a path to a project folder (any value with a /), or a postgres:// URL (default: $CLAIMDESK_PROJECT, else sample).")
    var project: String?

    @Option(name: .long, help: "Who makes the changes (default: $CLAIMDESK_REVIEWER, else the login name).")
    var reviewer: String?

    @Option(name: .long, help: "Run the commands in FILE, one per line.")
    var script: String?

    @Flag(name: .long, help: "In a script, run on after an error (the exit status is still 2).")
    var keepGoing = false

    @Flag(name: .long, help: "Print claimdesk's version, the SQLite and libpq library versions and the schema version, then exit.")
    var version = false

    @Argument(parsing: .captureForPassthrough, help: "One command to run, e.g. `claims --status refuted`.")
    var command: [String] = []

    func run() throws {
        if let first = command.first, ["--help", "-h"].contains(first) {
            print(Self.helpMessage())
            return
        }
        if version || command.first == "--version" {
            print(VersionInfo.text)
            return
        }
        var options = SessionOptions()
        options.project = project ?? SessionOptions.defaultProject()
        options.reviewer = reviewer
        options.script = script
        options.keepGoing = keepGoing
        options.command = command
        let status = Session.main(options)
        if status != 0 { throw ExitCode(status) }
    }
}

ClaimdeskCommand.main()
