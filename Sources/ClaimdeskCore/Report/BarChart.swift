/// A horizontal bar chart as inline SVG: one row per label with its bar and count, no library.
///
/// Labels and counts are written as text beside the bars, so the figures never rest on colour
/// or length alone; the chart has a `<title>` and each bar a `<title>` for screen readers.
/// Beyond `limit` rows the rest are summed into one "N more" row.
///
/// ```swift
/// BarChart(title: "Claims by status", bars: [.init(label: "refuted", count: 2, color: "#c0282d")]).svg
/// ```
struct BarChart {
    struct Bar {
        let label: String
        let count: Int
        var color = "#3b5b92"
    }

    let title: String
    let bars: [Bar]
    var limit = 15

    private static let rowHeight = 22
    private static let labelWidth = 170
    private static let barWidth = 200

    var svg: String {
        let rows = shownBars
        let largest = max(rows.map(\.count).max() ?? 0, 1)
        let height = max(rows.count, 1) * Self.rowHeight + 4
        let width = Self.labelWidth + Self.barWidth + 70
        var svg = "<svg role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLEscaper.escape(title))</title>\n"
        if rows.isEmpty { svg += "<text x=\"0\" y=\"16\">none</text>\n" }
        for (index, bar) in rows.enumerated() {
            let y = index * Self.rowHeight + 2
            let length = max(Int((Double(bar.count) / Double(largest) * Double(Self.barWidth)).rounded()), bar.count > 0 ? 2 : 0)
            let label = HTMLEscaper.escape(Self.shortened(bar.label))
            svg += "<g><title>\(HTMLEscaper.escape(bar.label)): \(bar.count)</title>"
            svg += "<text x=\"\(Self.labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(label)</text>"
            svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(Self.rowHeight - 6)\" fill=\"\(bar.color)\"/>"
            svg += "<text x=\"\(Self.labelWidth + length + 6)\" y=\"\(y + 15)\">\(bar.count)</text></g>\n"
        }
        return svg + "</svg>"
    }

    /// The largest `limit` bars, then the rest summed (ties keep their given order).
    private var shownBars: [Bar] {
        guard bars.count > limit else { return bars }
        let rest = bars[(limit - 1)...]
        return Array(bars.prefix(limit - 1)) + [Bar(label: "\(rest.count) more", count: rest.reduce(0) { $0 + $1.count }, color: "#8a8a8a")]
    }

    private static func shortened(_ label: String) -> String {
        label.count > 26 ? String(label.prefix(25)) + "…" : label
    }
}
