import Dispatch
import IndcSemantics

/// A dataset whose `file` is a pattern (`data/zorggebruikers_*.csv`): the matching files, in name
/// order, are one dataset. Every file must have the first file's header; each is read on its own
/// thread (files are the parts), and the parts are merged in name order, so results equal reading
/// the files one after another. Errors name the file they are in, with its own line numbers.
extension ScanRunner {
    func runFiles(_ files: [String]) -> ScanOutcome {
        let errors = DataErrorLog(keepingAll: scan.dataset.skipsBadRows)
        guard let firstFile = files.first else {
            return outcome(rows: 0, errors: errors, fatal: DataError(path: path, line: 0, reason: "no file matches the pattern"), isIO: true)
        }
        let format = CSVFormat(dataset: scan.dataset)
        var header: [String] = []
        for file in files {
            do {
                let own = try open(file).header
                if file == firstFile {
                    header = own
                } else if own != header {
                    let reason = "its header differs from that of \(SourceLoader.displayPath(firstFile)): \(Self.difference(own, header))"
                    return outcome(rows: 0, errors: errors, fatal: DataError(path: file, line: format.headerLine, reason: reason), isIO: false)
                }
            } catch {
                let isIO = if case .cannotOpen = error { true } else if case .cannotRead = error { true } else { false }
                return outcome(rows: 0, errors: errors, fatal: DataError(path: file, line: isIO ? 0 : 1, reason: Self.reason(error)), isIO: isIO)
            }
        }
        let positions = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let absent = scan.columns.first(where: { positions[$0.name] == nil }) {
            let reason = header.isEmpty ? "the file is empty: it has no header row" : "column \(absent.name) is not in the header"
            return outcome(rows: 0, errors: errors, fatal: DataError(path: firstFile, line: 1, reason: reason), isIO: false)
        }
        let fields = scan.columns.map { positions[$0.name]! }
        let width = header.count
        let results = PartResults<(Part, RowEvaluation)>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var runner = self
            runner.path = files[index]
            var own = RowEvaluation(scan: scan, fieldPositions: fields, headerWidth: width, batches: batches)
            let part: Part
            do throws(CSVError) {
                part = runner.read(try open(files[index]).source, into: &own, width: width)
            } catch {
                part = Part(errors: DataErrorLog(keepingAll: false), fatal: DataError(path: files[index], line: 0, reason: Self.reason(error)))
            }
            results.set(index, (part, own))
        }
        var evaluation = RowEvaluation(scan: scan, fieldPositions: fields, headerWidth: header.count, batches: batches)
        var merged = Part(errors: DataErrorLog(keepingAll: scan.dataset.skipsBadRows))
        for (part, own) in results.all {
            merged.rows += part.rows
            merged.errors.append(part.errors, firstLine: 1)
            if merged.fatal == nil { merged.fatal = part.fatal }
            evaluation.merge(own)
        }
        return finish(merged, evaluation)
    }

    /// Where two headers first differ, for the error.
    private static func difference(_ header: [String], _ expected: [String]) -> String {
        if let column = header.indices.first(where: { $0 < expected.count && header[$0] != expected[$0] }) {
            return "column \(column + 1) is `\(header[column])`, not `\(expected[column])`"
        }
        return "it has \(header.count) columns, not \(expected.count)"
    }
}
