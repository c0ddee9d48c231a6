import Foundation

/// Progress of a long command on one status line: records done of the total, the rate, the time left.
///
/// Nothing is drawn during the first second (quick commands stay silent), then the line is
/// redrawn at most ten times a second and cleared when the work ends. Sessions hand one out
/// only when standard error is a terminal (``CommandContext/progress(_:)``).
///
/// ```swift
/// let progress = ProgressLine(label: "export", unit: "claims") { FileHandle.standardError.write(Data($0.utf8)) }
/// progress.start(total: 1_000_000)
/// for _ in 0..<1_000_000 { progress.advance() }   // export: 412,000/1,000,000 claims (41%), 98,500/s, 6 s left
/// progress.finish()
/// ```
public final class ProgressLine {
    let label: String
    let unit: String
    private let draw: (String) -> Void
    private let now: () -> UInt64
    private var total = 0
    private var done = 0
    private var started: UInt64 = 0
    private var nextDraw: UInt64 = 0
    private var drawn = false

    /// `now` gives nanoseconds on a monotonic clock (tests pass their own).
    public init(label: String, unit: String, now: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
                draw: @escaping (String) -> Void) {
        self.label = label
        self.unit = unit
        self.now = now
        self.draw = draw
    }

    /// Starts counting towards `total` records (0 when unknown).
    public func start(total: Int) {
        self.total = total
        done = 0
        started = now()
        nextDraw = started + 1_000_000_000
    }

    /// Counts `count` more records done; redraws the line when it is due.
    public func advance(by count: Int = 1) {
        done += count
        let time = now()
        guard time >= nextDraw else { return }
        nextDraw = time + 100_000_000
        drawn = true
        draw("\r" + line(elapsed: Double(time - started) / 1e9) + "\u{1B}[K")
    }

    /// Clears the line, if anything was drawn.
    public func finish() {
        if drawn { draw("\r\u{1B}[K") }
        drawn = false
    }

    /// `export: 412,000/1,000,000 claims (41%), 98,500/s, 6 s left`.
    func line(elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text = "\(label): \(Self.grouped(done))"
        guard total > 0 else { return text + " \(unit), \(Self.grouped(Int(rate)))/s" }
        text += "/\(Self.grouped(total)) \(unit) (\(min(100, done * 100 / total))%), \(Self.grouped(Int(rate)))/s"
        if rate > 0 { text += ", \(Int((Double(max(0, total - done)) / rate).rounded(.up))) s left" }
        return text
    }

    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
