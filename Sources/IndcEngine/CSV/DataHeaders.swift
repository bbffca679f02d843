import IndcSemantics

/// Reads data files' header rows for `indc check` (`Checker.check(paths:headers:)`), with the same reader `indc run` uses.
public enum DataHeaders {
    /// The longest header read (1 MiB): a longer first line is not a CSV header.
    static let maximumHeaderBytes = 1 << 20

    /// The column names of a dataset's file, read with its delimiter and encoding. For a pattern,
    /// those of the first matching file, and every other file must have the same.
    public static func read(_ dataset: Dataset) -> Result<[String], HeaderError> {
        let files = DataFilePattern.files(dataset.path)
        guard let first = files.first else { return .failure(HeaderError("no file matches the pattern")) }
        let header = read(first, dataset)
        guard case .success(let names) = header else { return header }
        for file in files.dropFirst() {
            switch read(file, dataset) {
            case .success(let other) where other == names: continue
            case .success: return .failure(HeaderError("\(SourceLoader.displayPath(file)) has another header than \(SourceLoader.displayPath(first))",
                                                       help: "every file of a pattern must have the same columns in the same order"))
            case .failure(let error): return .failure(HeaderError("\(SourceLoader.displayPath(file)): \(error.description)", help: error.help))
            }
        }
        return header
    }

    private static func read(_ path: String, _ dataset: Dataset) -> Result<[String], HeaderError> {
        do {
            if SystemFileReader.isSystemFile(path) { return .success(try SystemFileReader(path: path).readHeader()) }
            let reader = try CSVReader(path: path, format: CSVFormat(dataset: dataset), bufferSize: 64 << 10,
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
