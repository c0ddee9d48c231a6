extension Workbench {
    /// Writes one export per split (`claims-train.jsonl`, `claims-brat-train/`, …), each with its
    /// manifest naming the split, its seed and every share; no document is in two splits.
    public func export(_ request: ExportRequest, split: DatasetSplit) throws(ClaimdeskError) -> [ExportSummary] {
        let documents = try documents()
        var summaries: [ExportSummary] = []
        for (name, _) in split.shares {
            var part = request
            part.split = (name, split)
            part.filter.docIDs = documents.filter { split.name(forDocument: $0.uid) == name }.map(\.id)
            summaries.append(try export(part))
        }
        return summaries
    }
}
