import IndcSemantics

/// What one scan of a dataset file produced.
public struct ScanOutcome: Sendable {
    public let dataset: Dataset
    /// The file read (the declared one, or the `--data` replacement).
    public let path: String
    /// The data records read (the header not counted).
    public let rows: Int
    /// The results of its indicators, sorted; empty when the scan failed.
    public let results: [IndicatorResult]
    /// Bad values and records found (with `on error skip`: the rows skipped).
    public let errors: DataErrorLog
    /// Why the file could not be read at all (it cannot be opened, its header lacks a column), if so.
    public let fatal: DataError?
    /// Whether the file could not be opened or read (an I/O error rather than a data error).
    public let isIOError: Bool
    /// The names of the indicators the scan served.
    public let indicators: [String]
    /// Indicators that got no results although the data could be read (too many result cells), with why.
    public let indicatorFailures: [String: String]
    /// Whether the scan took the batch path (`BatchPipeline`) rather than the row path.
    public let batched: Bool
    /// The results' quantities over the scan's atoms, for the run's audit; nil when there were too many atoms.
    let quantities: PublishedQuantities?
    /// The positions in `results` of min and max indicators (`LinkedSuppression`'s extreme rule).
    let extremes: Set<Int>

    /// Whether its indicators have no results: the file could not be read, or it has data errors and `on error fail`.
    public var failed: Bool { fatal != nil || (!errors.isEmpty && !dataset.skipsBadRows) }
}
