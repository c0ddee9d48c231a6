import Foundation

/// A train/dev/test split by document: `train=0.8,dev=0.1,test=0.1` with a seed.
///
/// A document's place is fixed by the SHA-256 of its stable id and the seed, read as a number in
/// [0, 1) and compared with the running sums of the shares, so a document is never in two splits,
/// the same seed gives the same split, and adding documents does not move the others.
///
/// ```swift
/// let split = try DatasetSplit.parse("train=0.8,dev=0.1,test=0.1", seed: 7)
/// split.name(forDocument: "3f2a…")   // "train"
/// ```
public struct DatasetSplit: Sendable {
    public let shares: [(name: String, share: Double)]
    public let seed: Int

    public static func parse(_ text: String, seed: Int) throws(ClaimdeskError) -> DatasetSplit {
        var shares: [(String, Double)] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=")
            guard pieces.count == 2, let share = Double(pieces[1]), share >= 0, !pieces[0].isEmpty,
                  pieces[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw .badInput("--split '\(text)' is not NAME=SHARE,…; write e.g. --split train=0.8,dev=0.1,test=0.1")
            }
            guard !shares.contains(where: { $0.0 == String(pieces[0]) }) else { throw .badInput("--split names \(pieces[0]) twice") }
            shares.append((String(pieces[0]), share))
        }
        let total = shares.reduce(0) { $0 + $1.1 }
        guard shares.count >= 2, abs(total - 1) < 0.000_001 else {
            throw .badInput("--split shares must be two or more and add up to 1 (they add up to \(total))")
        }
        return DatasetSplit(shares: shares, seed: seed)
    }

    public func name(forDocument uid: String) -> String {
        let digest = SHA256.hexDigest(of: Array("\(uid):\(seed)".utf8))
        let position = Double(UInt64(digest.prefix(13), radix: 16)!) / Double(1 << 52)
        var upper = 0.0
        for (name, share) in shares {
            upper += share
            if position < upper { return name }
        }
        return shares.last!.name
    }
}
