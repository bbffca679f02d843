import IndcSemantics

/// Chooses a file's delimiter among `,` `;` tab and `|` by reading its first rows with each of them.
///
/// The delimiter that splits the header into more than one field and the sampled rows into as
/// many fields as the header wins. Ties go to the delimiter whose fields hold fewer of the other
/// delimiters (a `;` file with decimal commas, read with `,`, has fields like `x;12`), then to the
/// one giving more fields, then to `,` `;` tab `|` in that order. A delimiter whose reading breaks
/// on quotes in more than one row in twenty (`"a";"b"` read with `,`) is out; a rare bad quote
/// (`"Zegt: "ik snap het niet"`) is counted as a row that does not match, and reading goes on at the next line.
enum DialectSniffer {
    /// The delimiters tried, in order of preference.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// How the sampled rows read with one delimiter.
    struct Reading {
        let delimiter: UInt8
        /// The header's fields.
        var width = 0
        /// Rows read after the header (blank lines skipped).
        var rows = 0
        /// Rows with as many fields as the header.
        var matchingRows = 0
        /// Fields holding another candidate delimiter, numbers with a decimal comma aside.
        var suspiciousFields = 0
        /// Fields starting with a quote.
        var quotedFields = 0
        /// Why reading with this delimiter failed, if it did.
        var failure: CSVError?
        /// Rows with a quote error (read as not matching), and the first error.
        var quoteErrors = 0
        var firstQuoteError: CSVError?

        /// Whether reading failed, or broke on quotes in more than one row in twenty.
        var isBroken: Bool { failure != nil || quoteErrors * 20 > rows + 1 }

        /// Whether this reading fits the file better than `other`.
        func isBetter(than other: Reading) -> Bool {
            if isBroken != other.isBroken { return !isBroken }
            if (width > 1) != (other.width > 1) { return width > 1 }
            let consistency = matchingRows * max(other.rows, 1), otherConsistency = other.matchingRows * max(rows, 1)
            if consistency != otherConsistency { return consistency > otherConsistency }
            if suspiciousFields != other.suspiciousFields { return suspiciousFields < other.suspiciousFields }
            return width > other.width
        }
    }

    /// The best reading of the file's first `sampleRows` rows, and the readings of every candidate.
    static func sniff(path: String, encoding: TextEncoding, headerLine: Int = 1, sampleRows: Int) -> (best: Reading, all: [Reading]) {
        let readings = candidates.map { read(path: path, format: CSVFormat(delimiter: $0, encoding: encoding, headerLine: headerLine), sampleRows: sampleRows) }
        var best = readings[0]
        for reading in readings.dropFirst() where reading.isBetter(than: best) {
            best = reading
        }
        return (best, readings)
    }

    private static func read(path: String, format: CSVFormat, sampleRows: Int) -> Reading {
        let delimiter = format.delimiter
        var reading = Reading(delimiter: delimiter)
        let others = candidates.filter { $0 != delimiter }
        do {
            let reader = try CSVReader(path: path, format: format, bufferSize: 64 << 10)
            var record = CSVRecord()
            var isHeader = true
            while reading.rows < sampleRows {
                do {
                    guard try reader.next(&record) else { break }
                } catch .invalidEncoding {
                    continue
                } catch where error.isRecoverable && !isHeader {
                    reading.rows += 1
                    reading.quoteErrors += 1
                    if reading.firstQuoteError == nil { reading.firstQuoteError = error }
                    continue
                }
                if isHeader {
                    reading.width = record.count
                    isHeader = false
                } else {
                    if reading.width > 1 && record.hasOnlyEmptyFields { continue }
                    reading.rows += 1
                    if record.count == reading.width { reading.matchingRows += 1 }
                }
                for field in 0..<record.count {
                    let bytes = record.bytes(field)
                    if bytes.contains(where: others.contains) && !isDecimalComma(bytes, delimiter) { reading.suspiciousFields += 1 }
                }
                reading.quotedFields += quotedFieldCount(record)
            }
        } catch {
            reading.failure = error
        }
        return reading
    }

    /// Whether the field is a number with a decimal comma and the delimiter allows one.
    private static func isDecimalComma(_ bytes: UnsafeRawBufferPointer, _ delimiter: UInt8) -> Bool {
        delimiter != UInt8(ascii: ",") && CSVNumber.decimal(bytes, decimalMark: UInt8(ascii: ",")) != nil
    }

    /// The fields of the record that were quoted in the file: the byte before their content is a quote.
    private static func quotedFieldCount(_ record: borrowing CSVRecord) -> Int {
        (0..<record.count).filter { field in
            let bytes = record.bytes(field)
            guard let start = bytes.baseAddress, let base = record.base, start > UnsafeRawPointer(base) else { return false }
            return start.load(fromByteOffset: -1, as: UInt8.self) == RecordScanner.quote
        }.count
    }
}
