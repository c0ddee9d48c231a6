import Foundation

/// Where timestamps come from: the system clock, or a fixed one in tests.
public protocol Clock: Sendable {
    /// The current time in UTC, ISO 8601 with milliseconds (`2026-11-24T18:03:07.512Z`).
    func now() -> String
}

/// The system's clock.
public struct SystemClock: Clock {
    public init() {}

    public func now() -> String {
        SystemClock.format(Date())
    }

    static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}

/// A clock that starts at a fixed time and ticks one second per call, for reproducible projects.
///
/// `claimdesk` uses it when `CLAIMDESK_FIXED_CLOCK` holds seconds since 1970,
/// which is how the bundled sample project is rebuilt byte for byte.
public final class SteppingClock: Clock, @unchecked Sendable {
    private var seconds: Int
    private let lock = NSLock()

    /// Starts at `start` seconds since 1970.
    public init(start: Int) {
        self.seconds = start
    }

    public func now() -> String {
        lock.lock()
        defer { lock.unlock() }
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        seconds += 1
        return SystemClock.format(date)
    }
}
