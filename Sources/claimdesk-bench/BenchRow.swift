/// One timed operation: claimdesk's seconds beside the sqlite3 shell's for the same work.
struct BenchRow {
    let operation: String
    let claimdesk: Double
    let sqlite: Double
    /// CPU seconds (user + system) of each side, when both ran as processes.
    var cpu: (claimdesk: Double, sqlite: Double)? = nil

    /// claimdesk's time over the shell's.
    var ratio: Double { claimdesk / max(sqlite, 0.0005) }

    /// claimdesk's CPU time over the shell's, when both were measured and long enough to compare
    /// (GNU time counts hundredths of a second).
    var cpuRatio: Double? { cpu.flatMap { $0.sqlite >= 0.05 ? $0.claimdesk / $0.sqlite : nil } }

    /// A row of two processes' measurements.
    init(operation: String, _ mine: Measurement, _ theirs: Measurement) {
        self.init(operation: operation, claimdesk: mine.seconds, sqlite: theirs.seconds)
        if let ours = mine.cpuSeconds, let shell = theirs.cpuSeconds { cpu = (ours, shell) }
    }

    init(operation: String, claimdesk: Double, sqlite: Double) {
        self.operation = operation
        self.claimdesk = claimdesk
        self.sqlite = sqlite
    }
}
