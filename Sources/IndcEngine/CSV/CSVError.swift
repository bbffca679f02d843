import IndcSemantics

/// Why a CSV file could not be read.
///
/// Descriptions start with the line (`line 12: quote is not closed`); the caller prefixes the file's path.
public enum CSVError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened; `reason` is the system's text for `errno`.
    case cannotOpen(path: String, reason: String)
    /// Reading the file failed (it is a directory, an I/O error); `reason` is the system's text for `errno`.
    case cannotRead(path: String, reason: String)
    /// A quoted field runs to the end of the file; `line` is where the field starts.
    case unclosedQuote(line: Int)
    /// A quoted field's closing quote is followed by something other than the delimiter or a line end.
    case malformedQuote(line: Int)
    /// A byte that is not valid in the declared encoding: its physical line and its offset from the start of the file.
    case invalidEncoding(line: Int, byteOffset: Int, encoding: TextEncoding)
    /// A record (from its first byte to its line end) does not fit in `limit` bytes; `line` is where it starts.
    case recordTooLong(line: Int, limit: Int)
    /// A record has more than `limit` fields (`CSVRecord.maximumFields`); `line` is where it starts.
    case tooManyFields(line: Int, limit: Int)
    /// The file is UTF-8 (a byte order mark, or a first text beyond ASCII that is well-formed UTF-8)
    /// but the dataset declares a single-byte encoding; `line` is where it shows.
    case utf8Text(line: Int, declared: TextEncoding, byteOrderMark: Bool)
    /// An SPSS system file (`SystemFileReader`) that breaks its format: why.
    case invalidSystemFile(String)

    /// Whether the reader has moved past the offending record and reading may go on: an invalid
    /// byte, or a quote error (reading resumes at the next physical line).
    public var isRecoverable: Bool {
        switch self {
        case .invalidEncoding, .malformedQuote, .unclosedQuote: true
        default: false
        }
    }

    /// What went wrong, starting with the line when there is one.
    public var description: String {
        switch self {
        case .cannotOpen(_, let reason):
            "cannot open the file: \(reason)"
        case .cannotRead(_, let reason):
            "cannot read the file: \(reason)"
        case .unclosedQuote(let line):
            "line \(line): quote is not closed"
        case .malformedQuote(let line):
            "line \(line): unexpected text after a closing quote"
        case .invalidEncoding(let line, let byteOffset, let encoding):
            "line \(line): invalid \(Self.name(of: encoding)) at byte offset \(byteOffset)"
        case .recordTooLong(let line, let limit):
            "line \(line): record is longer than \(Self.size(limit))"
        case .tooManyFields(let line, let limit):
            "line \(line): record has more than \(limit) fields"
        case .invalidSystemFile(let reason):
            reason
        case .utf8Text(let line, let declared, let byteOrderMark):
            byteOrderMark
                ? "line \(line): the file starts with a UTF-8 byte order mark, but the dataset declares encoding \"\(declared.rawValue)\": remove the encoding clause"
                : "line \(line): the text is UTF-8, but the dataset declares encoding \"\(declared.rawValue)\": remove the encoding clause"
        }
    }

    /// How to fix it, for the caller's `help:` line.
    public var help: String? {
        switch self {
        case .cannotOpen, .cannotRead:
            nil
        case .invalidSystemFile:
            "save it again from SPSS, or export it as CSV"
        case .unclosedQuote:
            "a field that starts with a quote ends at the next single quote; quotes inside it must be doubled (\"\")"
        case .malformedQuote:
            "after a closing quote comes the delimiter or the end of the line; quotes inside a quoted field must be doubled (\"\")"
        case .invalidEncoding(_, _, let encoding):
            encoding == .utf8
                ? "files saved by Excel are often Windows-1252: declare encoding \"windows-1252\""
                : "the file may be UTF-8: declare encoding \"utf-8\""
        case .recordTooLong:
            "a quote that is never closed makes the rest of the file one field; is the file really CSV?"
        case .tooManyFields:
            "is the delimiter right? A file of another delimiter or a binary file splits into very many fields"
        case .utf8Text(_, let declared, _):
            "UTF-8 is the default; read as \(Self.name(of: declared)), UTF-8 text comes out garbled (FryslÃ¢n for Fryslân)"
        }
    }

    private static func name(of encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: "UTF-8"
        case .latin1: "Latin-1"
        case .windows1252: "Windows-1252"
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
