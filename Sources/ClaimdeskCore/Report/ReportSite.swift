/// The folder `report` writes: `index.html` and one `doc-ID.html` per document, nothing else, so
/// an earlier report (and only that, or an empty folder) may be replaced whole.
///
/// ```swift
/// ReportSite().isEarlierExport(fileNames: ["index.html", "doc-1.html"])   // true
/// ReportSite().isEarlierExport(fileNames: ["index.html", "notes.md"])     // false
/// ```
struct ReportSite: ReplaceableFolder {
    let name = "report"
    let otherDestinationHint = "choose another --out, a new or empty folder"

    func isEarlierExport(fileNames: [String]) -> Bool {
        fileNames.isEmpty || (fileNames.contains("index.html") && fileNames.allSatisfy { $0.hasSuffix(".html") })
    }
}
