/// A kind of folder claimdesk writes whole (a brat export, a report): its name for messages, and
/// how to recognise an earlier one that may be replaced.
///
/// ```swift
/// BratExportFormat().isEarlierExport(fileNames: ["annotation.conf", "x.txt"])   // true
/// ReportSite().isEarlierExport(fileNames: ["notes.md"])                        // false
/// ```
public protocol ReplaceableFolder {
    var name: String { get }
    /// Whether an existing folder holding these names is an earlier one of this kind.
    func isEarlierExport(fileNames: [String]) -> Bool
    /// What to do when the destination is some other folder, for the error message.
    var otherDestinationHint: String { get }
}

extension ReplaceableFolder {
    public var otherDestinationHint: String { "choose another --out (ending in / writes inside a folder)" }
}
