import ClaimdeskCore
import Foundation

/// How `claimdesk` was started: which project, who works, and what to run.
public struct SessionOptions: Sendable {
    /// `--project`: a name under `projects/`, a path to a project folder, or a `postgres://` URL.
    public var project: String = ProjectLocation.defaultName
    /// `--reviewer`, else `CLAIMDESK_REVIEWER`, else the login name.
    public var reviewer: String?
    /// `--script FILE`.
    public var script: String?
    /// `--keep-going`: run on after an error.
    public var keepGoing = false
    /// A one-shot command and its arguments, as the shell split them.
    public var command: [String] = []

    public init() {}

    /// The project when `--project` is not given: `$CLAIMDESK_PROJECT`, else the sample project.
    public static func defaultProject(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["CLAIMDESK_PROJECT"].flatMap { $0.isEmpty ? nil : $0 } ?? ProjectLocation.defaultName
    }

    /// The reviewer name to record on every change.
    func resolvedReviewer(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ClaimdeskError) -> String {
        let candidates = [reviewer, environment["CLAIMDESK_REVIEWER"], environment["USER"], environment["LOGNAME"], loginName()]
        guard let name = candidates.compactMap({ $0?.trimmingCharacters(in: .whitespacesAndNewlines) }).first(where: { !$0.isEmpty }) else {
            throw .badInput("no reviewer name; pass --reviewer NAME or set CLAIMDESK_REVIEWER")
        }
        guard !name.contains(where: { $0.isNewline }) else {
            throw .badInput("the reviewer name has a line break; pass --reviewer NAME on one line")
        }
        return name
    }

    private func loginName() -> String? {
        getpwuid(geteuid()).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
    }

    /// The clock: fixed and stepping when `CLAIMDESK_FIXED_CLOCK` holds seconds since 1970.
    func clock(environment: [String: String] = ProcessInfo.processInfo.environment) -> any Clock {
        guard let start = environment["CLAIMDESK_FIXED_CLOCK"].flatMap(Int.init) else { return SystemClock() }
        return SteppingClock(start: start)
    }
}
