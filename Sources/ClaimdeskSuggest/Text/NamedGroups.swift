import Foundation

/// One regular-expression match, its capture groups read by name as code point spans.
struct NamedGroups {
    let match: NSTextCheckingResult
    let text: ScalarText

    var whole: Span { text.span(of: match.range)! }

    subscript(_ name: String) -> Span? { text.span(of: match.range(withName: name)) }
}
