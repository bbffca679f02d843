import IndcSemantics

/// Reads data files' header rows for `indc check` (`Checker.check(paths:headers:)`), with the same reader `indc run` uses.
public enum DataHeaders {
    /// The longest header read (1 MiB): a longer first line is not a CSV header.
    static let maximumHeaderBytes = 1 << 20

    /// The column names of a dataset's file, read with its delimiter and encoding.
    public static func read(_ dataset: Dataset) -> Result<[String], HeaderError> {
        do {
            let reader = try CSVReader(path: dataset.path, format: CSVFormat(dataset: dataset), bufferSize: 64 << 10,
                                       maximumRecordLength: maximumHeaderBytes)
            let header = try reader.readHeader()
            return header.isEmpty ? .failure(HeaderError("the file is empty", help: "the first line must name the columns")) : .success(header)
        } catch {
            var text = error.description
            if text.hasPrefix("line 1: ") { text.removeFirst("line 1: ".count) }
            return .failure(HeaderError(text, help: error.help))
        }
    }
}
