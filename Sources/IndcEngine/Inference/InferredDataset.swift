import IndcSemantics

/// What `indc infer` found out about a CSV file: how to read it and a type for each column,
/// with the reasons, ready to be written as a `dataset` block.
public struct InferredDataset: Sendable {
    /// The file's path, as given.
    public let path: String
    /// The byte between fields: `,`, `;`, tab or `|`.
    public let delimiter: UInt8
    /// The decimal mark of its numbers: `.` or `,` (only with another delimiter than `,`).
    public let decimalMark: UInt8
    /// The encoding its text is read with.
    public let encoding: TextEncoding
    /// The physical line of the header: 1, or the line after a preamble (`header line N`).
    public var headerLine = 1
    /// The data rows of the whole file (blank lines not counted).
    public let rows: Int
    /// The first rows the delimiter and the first type guesses come from (at most `rows`).
    public let sampleRows: Int
    /// The columns in header order.
    public let columns: [InferredColumn]
    /// Why the reading settings are what they are, and what else the file as a whole showed.
    public let remarks: [DatasetRemark]
    /// Whether category levels are in the file's code order (an SPSS file's value labels) rather than sorted.
    public var levelsInCodeOrder = false
}

/// One column of a file: its header, the type its values fit, and remarks on both.
public struct InferredColumn: Sendable {
    /// The field's position in the record, from 1.
    public let position: Int
    /// The header's text.
    public let header: String
    /// Whether a `column` clause can name it: false when its header is empty, repeats an earlier
    /// one or cannot be written as a name (the remarks say why).
    public let isDeclarable: Bool
    /// The narrowest type every value fits (missing codes aside).
    public let type: ValueType
    /// Missing codes the type needs: text such as "NA" in a column of integers.
    public let missingCodes: [MissingCode]
    /// Why the type is what it is, and suggestions (probable missing codes, another type).
    public let remarks: [ColumnRemark]
}

/// An encoding that was tried and does not fit the file: the first byte it does not allow.
public struct RejectedEncoding: Sendable, Equatable {
    /// The encoding tried.
    public let encoding: TextEncoding
    /// The physical line of the byte.
    public let line: Int
    /// The byte, when it is among the bytes looked at first.
    public let byte: UInt8?
}

/// Why `indc infer` cannot describe a file: it is missing, not a file, unreadable, empty or not text.
///
/// Each description is one line that names the path as given.
public enum InferenceError: Error, Equatable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path is a directory.
    case directory(path: String)
    /// The file exists but cannot be opened or read; `reason` is the system's text.
    case unreadable(path: String, reason: String)
    /// The file has no bytes, or no header line (only a byte order mark or blank lines).
    case empty(path: String)
    /// The file is not text: `evidence` says why (`byte 0x00 at offset 12`, `a zip archive`).
    case notText(path: String, evidence: String, help: String)
    /// The file is text but not CSV that can be read (an unclosed quote, a record that is too long).
    case malformedCSV(path: String, problem: CSVError)

    /// What is wrong, naming the path; one line.
    public var description: String {
        switch self {
        case .notFound(let path):
            "no such file: \(path)"
        case .directory(let path):
            "\(path) is a directory: name the CSV file itself"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .empty(let path):
            "\(path) is empty: a CSV file starts with a header line that names the columns"
        case .notText(let path, let evidence, let help):
            "\(path) is not a text file (\(evidence)): \(help)"
        case .malformedCSV(let path, let problem):
            "\(path): \(problem.description)" + (problem.help.map { "; \($0)" } ?? "")
        }
    }
}
