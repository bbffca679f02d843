/// Reads a whole file once with a format and profiles every column, keeping a copy of the
/// profiles as they were after the sampled rows.
///
/// Rows are read as `indc run` reads them: blank lines and rows of only empty fields are skipped
/// (the latter counted), a row with another number of fields than the header is counted (it would
/// be a data error) but not profiled, and so is a row with a quote error, after which reading goes
/// on at the next line.
struct FileProfiler {
    /// What reading the file found.
    struct Profiles {
        var header: [String] = []
        var columns: [ColumnProfile] = []
        /// The columns after the first `sampleRows` rows.
        var sampled: [ColumnProfile] = []
        var rows = 0
        var sampleRows = 0
        var raggedRows = 0
        var firstRaggedRow: (line: Int, fields: Int)?
        /// Rows that span several physical lines (line breaks inside quotes).
        var multilineRows = 0
        /// Rows whose fields are all empty (`;;;;`), skipped.
        var emptyRows = 0
        /// Rows with a quote error, and the first error.
        var quoteErrors = 0
        var firstQuoteError: CSVError?
    }

    let path: String
    let format: CSVFormat
    let sampleRows: Int
    /// The file's size, for progress.
    let size: Int
    /// How many rows are read between two progress reports.
    var progressInterval = 1 << 16

    /// Reads the file; `progress` is told the bytes read and the file's size now and then, and at the end.
    func read(progress: (Int, Int) -> Void) throws(CSVError) -> Profiles {
        let reader = try CSVReader(path: path, format: format)
        var profiles = Profiles()
        profiles.header = try reader.readHeader()
        let width = profiles.header.count
        profiles.columns = Array(repeating: ColumnProfile(), count: width)
        var record = CSVRecord()
        progress(reader.offset, size)
        while true {
            do {
                guard try reader.next(&record) else { break }
            } catch where error.isRecoverable && !isInvalidEncoding(error) {
                profiles.quoteErrors += 1
                if profiles.firstQuoteError == nil { profiles.firstQuoteError = error }
                continue
            }
            if width > 1 && record.hasOnlyEmptyFields {
                profiles.emptyRows += 1
                continue
            }
            profiles.rows += 1
            if reader.line - record.line > 1 { profiles.multilineRows += 1 }
            if record.count != width {
                profiles.raggedRows += 1
                if profiles.firstRaggedRow == nil { profiles.firstRaggedRow = (record.line, record.count) }
            } else {
                for field in 0..<width {
                    profiles.columns[field].add(record, field: field)
                }
            }
            if profiles.rows == sampleRows {
                profiles.sampled = profiles.columns
                profiles.sampleRows = sampleRows
            }
            if profiles.rows % progressInterval == 0 { progress(reader.offset, size) }
        }
        if profiles.rows < sampleRows || sampleRows == 0 {
            profiles.sampled = profiles.columns
            profiles.sampleRows = profiles.rows
        }
        progress(size, size)
        return profiles
    }

    private func isInvalidEncoding(_ error: CSVError) -> Bool {
        if case .invalidEncoding = error { true } else { false }
    }
}
