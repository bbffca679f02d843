import Dispatch
import Foundation
import IndcPlan
import IndcSemantics
import Synchronization

/// Runs one dataset scan: reads the file once, decodes the referenced columns, evaluates derived columns
/// and shared filters once per row, and feeds every indicator's aggregation.
struct ScanRunner {
    let scan: DatasetScan
    let path: String
    /// Files at least this large are split over `parts` threads (`FileSplit.minimumSize`; tests lower it).
    var splitThreshold = FileSplit.minimumSize
    var parts = ProcessInfo.processInfo.activeProcessorCount
    /// Whether scans whose work compiles to batches take the batch path (`BatchPipeline`).
    var batches = true

    func run() -> ScanOutcome {
        let errors = DataErrorLog(keepingAll: scan.dataset.skipsBadRows)
        let reader: CSVReader
        let header: [String]
        do {
            reader = try CSVReader(path: path, format: CSVFormat(dataset: scan.dataset))
            header = try reader.readHeader()
        } catch {
            let isIO = if case .cannotOpen = error { true } else if case .cannotRead = error { true } else { false }
            return outcome(rows: 0, errors: errors, fatal: DataError(path: path, line: isIO ? 0 : 1, reason: Self.reason(error)), isIO: isIO)
        }
        let positions = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let absent = scan.columns.first(where: { positions[$0.name] == nil }) {
            let reason = header.isEmpty ? "the file is empty: it has no header row" : "column \(absent.name) is not in the header"
            return outcome(rows: 0, errors: errors, fatal: DataError(path: path, line: 1, reason: reason), isIO: false)
        }
        let fields = scan.columns.map { positions[$0.name]! }
        let width = header.count
        var evaluation = RowEvaluation(scan: scan, fieldPositions: fields, headerWidth: width, batches: batches)
        var part: Part
        // In a one-column file a blank line is a row (a missing value), but a blank line is only known to
        // be one when a later record follows it, which a part ending in blank lines cannot see: no split.
        if width > 1, let ranges = FileSplit.ranges(path: path, dataStart: reader.offset, parts: parts, minimumSize: splitThreshold),
           let split = readInParallel(ranges, firstLine: reader.line, into: &evaluation, fields: fields, width: width) {
            part = split
        } else {
            part = read(reader, into: &evaluation, width: width)
        }
        let batched = evaluation.isBatched
        if let fatal = part.fatal { return outcome(rows: part.rows, errors: part.errors, fatal: fatal, isIO: false, batched: batched) }
        if !part.errors.isEmpty && !scan.dataset.skipsBadRows {
            return outcome(rows: part.rows, errors: part.errors, fatal: nil, isIO: false, batched: batched)
        }
        let computed = evaluation.results()
        return outcome(rows: part.rows, errors: part.errors, fatal: nil, isIO: false, results: computed.results, failures: evaluation.failures(),
                       batched: batched, quantities: computed.quantities, extremes: computed.extremes)
    }

    /// What reading (a part of) the file found.
    private struct Part {
        var rows = 0
        var errors: DataErrorLog
        var fatal: DataError?
        /// The line after the part's last record (counted from the line it started on).
        var endLine = 1
        /// Whether the part gave up: the file must be read in one range.
        var needsOneRange = false
    }

    /// Reads records until the end of the reader's range, evaluating each.
    ///
    /// A part of a split file (with a `stop` signal shared by the parts) gives up as soon as it sees
    /// a quote or a lone CR, or a record it cannot read: its range may then not start at a record
    /// (`FileSplit`). It raises the signal so the other parts give up too, and the file is read again
    /// in one range, where any error is reported at its true place.
    private func read(_ reader: CSVReader, into evaluation: inout RowEvaluation, width: Int, stop: StopSignal? = nil) -> Part {
        var part = Part(errors: DataErrorLog(keepingAll: scan.dataset.skipsBadRows))
        var record = CSVRecord()
        var sinceCheck = 0
        while true {
            do {
                guard try reader.next(&record) else { break }
            } catch {
                if stop != nil {
                    part.needsOneRange = true
                    break
                }
                part.errors.append(DataError(path: path, line: Self.line(of: error), reason: Self.reason(error)))
                part.errors.countRow()
                if case .invalidEncoding = error { continue }
                part.fatal = DataError(path: path, line: Self.line(of: error), reason: Self.reason(error))
                break
            }
            sinceCheck += 1
            if let stop, sinceCheck == 4096 {
                sinceCheck = 0
                if reader.hasSeenQuotes || stop.isRaised {
                    part.needsOneRange = true
                    break
                }
            }
            if record.count == 1, width > 1, record.isEmpty(0) { continue }
            part.rows += 1
            evaluation.process(record, path: path, errors: &part.errors, aggregate: part.errors.isEmpty || scan.dataset.skipsBadRows)
        }
        if let stop, part.needsOneRange || reader.hasSeenQuotes {
            part.needsOneRange = true
            stop.raise()
        }
        evaluation.finish()
        part.endLine = reader.line
        return part
    }

    /// Reads the ranges of a split file on separate threads, each with its own evaluation, then merges
    /// them in file order (so results and error lines are the same as reading the file in one go);
    /// nil, with `evaluation` untouched, when a part gave up (`read`).
    private func readInParallel(_ ranges: [Range<Int>], firstLine: Int, into evaluation: inout RowEvaluation,
                                fields: [Int], width: Int) -> Part? {
        let parts = PartResults<(Part, RowEvaluation)>(count: ranges.count)
        let stop = StopSignal()
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            var own = RowEvaluation(scan: scan, fieldPositions: fields, headerWidth: width, batches: batches)
            let part: Part
            do throws(CSVError) {
                let reader = try CSVReader(path: path, format: CSVFormat(dataset: scan.dataset), range: ranges[index])
                part = read(reader, into: &own, width: width, stop: stop)
            } catch {
                part = Part(errors: DataErrorLog(keepingAll: false), fatal: DataError(path: path, line: 0, reason: Self.reason(error)))
            }
            parts.set(index, (part, own))
        }
        guard !parts.all.contains(where: \.0.needsOneRange) else { return nil }
        var merged = Part(errors: DataErrorLog(keepingAll: scan.dataset.skipsBadRows))
        var line = firstLine
        for (part, own) in parts.all {
            merged.rows += part.rows
            merged.errors.append(part.errors, firstLine: line)
            if merged.fatal == nil, let fatal = part.fatal { merged.fatal = fatal.shifted(to: line) }
            evaluation.merge(own)
            line += part.endLine - 1
        }
        return merged
    }

    private func outcome(rows: Int, errors: DataErrorLog, fatal: DataError?, isIO: Bool, results: [IndicatorResult] = [],
                         failures: [String: String] = [:], batched: Bool = false, quantities: PublishedQuantities? = nil,
                         extremes: Set<Int> = []) -> ScanOutcome {
        ScanOutcome(dataset: scan.dataset, path: path, rows: rows, results: results, errors: errors, fatal: fatal, isIOError: isIO,
                    indicators: scan.aggregations.map(\.indicator.name), indicatorFailures: failures, batched: batched,
                    quantities: quantities, extremes: extremes)
    }

    private static func line(of error: CSVError) -> Int {
        switch error {
        case .unclosedQuote(let line), .malformedQuote(let line), .invalidEncoding(let line, _, _), .recordTooLong(let line, _),
             .tooManyFields(let line, _): line
        case .cannotOpen, .cannotRead: 0
        }
    }

    /// The error's text without its `line N: ` prefix (the path and line come first in messages).
    private static func reason(_ error: CSVError) -> String {
        let text = error.description
        guard text.hasPrefix("line "), let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(colon, offsetBy: 2)...])
    }
}

/// Raised by the first part of a split file that gives up (`read`), seen by the others every 4,096 records.
private final class StopSignal: Sendable {
    private let raised = Atomic<Bool>(false)

    var isRaised: Bool { raised.load(ordering: .relaxed) }

    func raise() {
        raised.store(true, ordering: .relaxed)
    }
}

/// The parts of a split file, filled in from several threads, each index once.
private final class PartResults<Element>: @unchecked Sendable {
    private var slots: [Element?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Element] { slots.map { $0! } }
}
