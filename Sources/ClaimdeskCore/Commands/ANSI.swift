/// ANSI terminal styles, used only when colours are on.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let dim = "\u{1B}[2m"
    static let bold = "\u{1B}[1m"

    /// A misquoted or misattributed claim, whatever its status: reverse magenta.
    static let attributionFailed = "\u{1B}[7;35m"

    /// A claim's colour by verification status.
    static func color(for status: VerificationStatus) -> String {
        switch status {
        case .unverified: return "\u{1B}[4;36m"
        case .supported, .mostly_supported: return "\u{1B}[32m"
        case .mixed, .misleading: return "\u{1B}[33m"
        case .refuted: return "\u{1B}[31m"
        case .not_enough_evidence, .not_checkable: return "\u{1B}[35m"
        }
    }
}
