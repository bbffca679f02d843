/// What a scan reads records from: a CSV file (`CSVReader`) or an SPSS system file (`SystemFileReader`).
protocol RecordSource: AnyObject {
    /// Reads the next record into `record`; false at the end.
    func next(_ record: inout CSVRecord) throws(CSVError) -> Bool
    /// The line (for a system file: the case number) the next record starts on.
    var line: Int { get }
    /// Whether a record so far had a quote or a lone CR (a split file is read right only without).
    var hasSeenQuotes: Bool { get }
}

extension CSVReader: RecordSource {}

extension SystemFileReader: RecordSource {
    var hasSeenQuotes: Bool { false }
}

extension ScanRunner {
    /// Opens a data file for the scan and reads its header: a system file by its magic bytes, else CSV.
    func open(_ file: String) throws(CSVError) -> (source: RecordSource, header: [String]) {
        if SystemFileReader.isSystemFile(file) {
            let categories = scan.columns.filter { if case .category = $0.type { true } else { false } }.map(\.name)
            let reader = try SystemFileReader(path: file, labelled: Set(categories))
            return (reader, reader.readHeader())
        }
        let reader = try CSVReader(path: file, format: CSVFormat(dataset: scan.dataset))
        return (reader, try reader.readHeader())
    }
}
