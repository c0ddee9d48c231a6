/// How a verification status looks in a report: a background colour, an underline pattern and a
/// label, so status never rests on colour alone.
///
/// Every background carries the page's text colour (#1a1a1a) at a contrast ratio above 11:1,
/// well past WCAG AA's 4.5:1; the label repeats the status in words.
///
/// ```swift
/// StatusStyle(.refuted).label        // "refuted"
/// StatusStyle(.refuted).background   // "#ffc9c9"
/// StatusStyle(.refuted).underline    // "wavy"
/// ```
struct StatusStyle {
    let status: VerificationStatus

    init(_ status: VerificationStatus) {
        self.status = status
    }

    var label: String { status.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// The CSS class of pieces and notes with this status.
    var cssClass: String { "s-" + status.rawValue }

    var background: String {
        switch status {
        case .unverified: return "#e6e6e6"
        case .supported: return "#c6efc6"
        case .mostly_supported: return "#e0f2c2"
        case .mixed: return "#fff0a8"
        case .misleading: return "#ffdcb0"
        case .refuted: return "#ffc9c9"
        case .not_enough_evidence: return "#d6e2ff"
        case .not_checkable: return "#eadcff"
        }
    }

    /// A darker shade of the same hue, for bars and underlines (contrast above 3:1 on white).
    var strong: String {
        switch status {
        case .unverified: return "#6b6b6b"
        case .supported: return "#1e7b34"
        case .mostly_supported: return "#4f7a12"
        case .mixed: return "#8a6d00"
        case .misleading: return "#b35900"
        case .refuted: return "#c0282d"
        case .not_enough_evidence: return "#2f5fc4"
        case .not_checkable: return "#7446b8"
        }
    }

    /// The underline style of every piece of a claim with this status.
    var underline: String {
        switch status {
        case .unverified: return "dotted"
        case .supported, .mostly_supported: return "solid"
        case .mixed, .not_enough_evidence: return "dashed"
        case .misleading, .refuted: return "wavy"
        case .not_checkable: return "double"
        }
    }

    /// The CSS rules for this status.
    var css: String {
        """
        .\(cssClass) { background-color: \(background); text-decoration: underline \(underline) \(strong); text-decoration-thickness: 2px; text-underline-offset: 3px; }
        .label.\(cssClass), .chip.\(cssClass) { border-color: \(strong); }

        """
    }

    /// The rules of every status.
    static var allCSS: String { VerificationStatus.allCases.map { StatusStyle($0).css }.joined() }
}
