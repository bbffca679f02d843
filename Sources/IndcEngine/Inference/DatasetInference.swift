// The engine's inference of `indc infer`: a CSV file → how to read it and the type of each column.
// It reuses the CSV reader: the first bytes say whether the file is text and suggest its encoding,
// the first rows decide the delimiter, and one pass over the whole file types every column.
import IndcSemantics
import IndcSyntax

/// Works out the `dataset` block that describes a CSV file.
///
/// The first megabyte decides whether the file is text and suggests its encoding (UTF-8 when
/// valid, else Windows-1252, else Latin-1). The first `sampleRows` rows decide the delimiter. Then
/// the whole file is read once with the CSV reader `indc run` uses: every value is profiled, and
/// an encoding that meets a byte it does not allow is replaced by the next and the file read again.
/// The first rows give the first guess of each column's type; the whole file confirms or widens it.
/// Lines before the table (a preamble) are found first (`HeaderLineFinder`), rows with a quote error
/// or of only empty fields are counted, not profiled; an SPSS system file is described from its
/// dictionary instead (`SystemFileInference`).
public enum DatasetInference {
    /// The rows sampled when `--sample` is not given.
    public static let defaultSampleRows = 1000

    /// Infers the dataset of the file at `path` (as given).
    /// - Parameters:
    ///   - sampleRows: the rows (after the header) the delimiter and the first type guesses come from.
    ///   - progress: told the bytes read and the file's size now and then while the whole file is read.
    public static func infer(path: String, sampleRows: Int = defaultSampleRows,
                             progress: (_ bytesRead: Int, _ size: Int) -> Void = { _, _ in }) throws(InferenceError) -> InferredDataset {
        if SystemFileReader.isSystemFile(path) { return try SystemFileInference.infer(path: path) }
        let probe = try DataFileProbe(path: path)
        var encoding = probe.suggestedEncoding
        var rejected = [TextEncoding.utf8, .windows1252].prefix { $0 != encoding }.compactMap { probe.rejection(of: $0) }
        let headerLine = HeaderLineFinder.headerLine(probe.prefix)
        let dialect = DialectSniffer.sniff(path: path, encoding: encoding, headerLine: headerLine, sampleRows: sampleRows)
        let reading = !dialect.best.isBroken && dialect.best.width > 1 ? dialect.best : dialect.all[0]
        var profiles: FileProfiler.Profiles
        while true {
            let profiler = FileProfiler(path: path, format: CSVFormat(delimiter: reading.delimiter, encoding: encoding, headerLine: headerLine),
                                        sampleRows: sampleRows, size: probe.size)
            do {
                profiles = try profiler.read(progress: progress)
                break
            } catch {
                guard case .invalidEncoding(let line, let offset, _) = error, let next = fallback(after: encoding) else {
                    switch error {
                    case .cannotOpen(_, let reason), .cannotRead(_, let reason): throw .unreadable(path: path, reason: reason)
                    default: throw .malformedCSV(path: path, problem: error)
                    }
                }
                rejected.append(RejectedEncoding(encoding: encoding, line: line, byte: offset < probe.prefix.count ? probe.prefix[offset] : nil))
                encoding = next
            }
        }
        guard !profiles.header.isEmpty else { throw .empty(path: path) }
        let (mark, commaColumns) = ColumnTypeInference.decimalMark(profiles.columns, delimiter: reading.delimiter)
        var remarks: [DatasetRemark] = [.sample(rows: profiles.sampleRows, of: profiles.rows)]
        if headerLine > 1 { remarks.append(.preamble(headerLine: headerLine)) }
        remarks.append(reading.width > 1 ? .delimiter(reading.delimiter, fields: reading.width, matchingRows: reading.matchingRows, sampledRows: reading.rows)
                                         : .singleColumn)
        if !commaColumns.isEmpty { remarks.append(.decimalComma(columns: commaColumns.map { profiles.header[$0] })) }
        remarks.append(.encoding(encoding, byteOrderMark: encoding == .utf8 && probe.hasByteOrderMark, rejected: rejected,
                                 characters: probe.nonASCIICharacters(encoding)))
        remarks.append(.layout(lineEnds: probe.lineEnds, quotedFields: reading.quotedFields, multilineRecords: profiles.multilineRows))
        if let first = profiles.firstRaggedRow {
            remarks.append(.raggedRows(count: profiles.raggedRows, firstLine: first.line, fields: first.fields, headerFields: profiles.header.count))
        }
        if let first = profiles.firstQuoteError { remarks.append(.quoteErrors(count: profiles.quoteErrors, first: first)) }
        if profiles.emptyRows > 0 { remarks.append(.emptyRows(count: profiles.emptyRows)) }
        if headerLooksLikeData(profiles.header) { remarks.append(.headerLooksLikeData) }
        if profiles.rows == 0 { remarks.append(.noDataRows) }
        return InferredDataset(path: path, delimiter: reading.delimiter, decimalMark: mark, encoding: encoding, headerLine: headerLine, rows: profiles.rows,
                               sampleRows: profiles.sampleRows, columns: columns(profiles, decimalMark: mark, encoding: encoding), remarks: remarks)
    }

    /// The encoding tried after one that does not fit.
    private static func fallback(after encoding: TextEncoding) -> TextEncoding? {
        switch encoding {
        case .utf8: .windows1252
        case .windows1252: .latin1
        case .latin1: nil
        }
    }

    /// Each column's name, type and remarks.
    private static func columns(_ profiles: FileProfiler.Profiles, decimalMark: UInt8, encoding: TextEncoding) -> [InferredColumn] {
        var firstPositions: [String: (position: Int, count: Int)] = [:]
        return profiles.header.enumerated().map { index, header in
            let position = index + 1
            var remarks: [ColumnRemark] = []
            if header.isEmpty {
                remarks.append(.unnamed(position: position))
            } else if let first = firstPositions[header] {
                firstPositions[header]?.count += 1
                remarks.append(.duplicate(header, position: position, first: first.position, occurrence: first.count + 1))
            } else {
                firstPositions[header] = (position, 1)
                if Spelling.name(header) == nil { remarks.append(.unwritableName(header, position: position)) }
                else if Keyword(rawValue: header) != nil { remarks.append(.keyword(header)) }
            }
            let isDeclarable = remarks.allSatisfy { if case .keyword = $0 { true } else { false } }
            let profile = profiles.columns[index]
            let type = ColumnTypeInference.type(of: profile, decimalMark: decimalMark, encoding: encoding)
            let sample = profiles.sampleRows < profiles.rows ? profiles.sampled[index] : nil
            let review = ColumnReview(profile: profile, type: type,
                                      sample: sample.map { ($0, ColumnTypeInference.type(of: $0, decimalMark: decimalMark, encoding: encoding), profiles.sampleRows) },
                                      decimalMark: decimalMark, encoding: encoding)
            guard isDeclarable else { return InferredColumn(position: position, header: header, isDeclarable: false, type: type, missingCodes: [], remarks: remarks) }
            remarks += review.remarks
            if type.isNumeric, let name = Spelling.name(header), ["gewicht", "weight", "weegfactor"].contains(where: { header.lowercased().contains($0) }) {
                remarks.append(.weightLike(name))
            }
            return InferredColumn(position: position, header: header, isDeclarable: true, type: type, missingCodes: review.missingCodes, remarks: remarks)
        }
    }

    /// Whether every name of the header is a number or a date, as in a first row of data.
    private static func headerLooksLikeData(_ header: [String]) -> Bool {
        let names = header.filter { !$0.isEmpty }
        return !names.isEmpty && names.allSatisfy { name in
            Array(name.utf8).withUnsafeBytes {
                CSVNumber.decimal($0) != nil || CSVNumber.decimal($0, decimalMark: UInt8(ascii: ",")) != nil || CivilDate.days($0) != nil
            }
        }
    }
}
