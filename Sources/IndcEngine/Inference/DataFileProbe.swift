#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IndcSemantics

/// The first bytes of a data file, read before any CSV parsing: its size, whether it is text at all,
/// the encoding they suggest and their line ends.
struct DataFileProbe {
    /// How many bytes are looked at (1 MiB).
    static let prefixLength = 1 << 20

    let path: String
    /// The file's size in bytes.
    let size: Int
    /// The file's first bytes (all of it when it is small).
    let prefix: [UInt8]

    /// Opens the file and reads its first bytes; a missing, unreadable, empty or binary file is an error.
    init(path: String) throws(InferenceError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: Self.systemError())
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .directory(path: path) }
        let descriptor: Int32
        switch DataFileOpen.descriptor(path) {
        case .success(let opened): descriptor = opened
        case .failure(.cannotOpen(_, let reason)), .failure(.cannotRead(_, let reason)):
            throw .unreadable(path: path, reason: reason + (status.st_mode & S_IFMT == S_IFIFO ? " (infer reads it more than once)" : ""))
        case .failure(let error): throw .unreadable(path: path, reason: error.description)
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: Self.prefixLength)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.systemError())
            }
            filled += count
        }
        self.path = path
        size = max(Int(status.st_size), filled)
        prefix = Array(bytes[..<filled])
        try refuseNonText()
    }

    /// Whether the prefix is the whole file.
    var isWholeFile: Bool { prefix.count == size }

    /// Whether the file starts with a UTF-8 byte order mark.
    var hasByteOrderMark: Bool { prefix.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// The encoding the prefix suggests: UTF-8 when it is valid UTF-8 (a sequence cut at its end
    /// aside), else Windows-1252, else Latin-1 (which assigns every byte).
    var suggestedEncoding: TextEncoding {
        for encoding in [TextEncoding.utf8, .windows1252] {
            guard let invalid = firstInvalidByte(encoding) else { return encoding }
            if encoding == .utf8 && !isWholeFile && invalid >= prefix.count - 3 { return encoding }
        }
        return .latin1
    }

    /// The offset of the first byte of the prefix the encoding does not allow.
    func firstInvalidByte(_ encoding: TextEncoding) -> Int? {
        prefix.withUnsafeBufferPointer { EncodingValidator.firstInvalidByte($0.baseAddress!, count: $0.count, encoding: encoding) }
    }

    /// The first byte of the prefix an encoding does not allow, with its line.
    func rejection(of encoding: TextEncoding) -> RejectedEncoding? {
        guard let offset = firstInvalidByte(encoding) else { return nil }
        let line = 1 + prefix.withUnsafeBufferPointer { RecordScanner.lineBreaks(in: $0.baseAddress!, from: 0, to: offset) }
        return RejectedEncoding(encoding: encoding, line: line, byte: prefix[offset])
    }

    /// How the prefix's lines end: `CRLF`, `LF`, `CR` or a mix such as `CRLF and LF`.
    var lineEnds: String {
        var (crlf, lf, cr) = (0, 0, 0)
        for (index, byte) in prefix.enumerated() {
            if byte == RecordScanner.lineFeed {
                if index > 0 && prefix[index - 1] == RecordScanner.carriageReturn { crlf += 1 } else { lf += 1 }
            } else if byte == RecordScanner.carriageReturn && (index + 1 == prefix.count || prefix[index + 1] != RecordScanner.lineFeed) {
                cr += 1
            }
        }
        let kinds = [("CRLF", crlf), ("LF", lf), ("CR", cr)].filter { $0.1 > 0 }.map(\.0)
        return kinds.isEmpty ? "none" : kinds.joined(separator: " and ")
    }

    /// The distinct characters beyond ASCII in the prefix read with an encoding, at most `limit`, in order of appearance.
    func nonASCIICharacters(_ encoding: TextEncoding, limit: Int = 8) -> [Character] {
        let text = prefix.withUnsafeBytes { FieldText.decode($0, encoding) }
        var found: [Character] = []
        for character in text where !character.isASCII && character != "\u{FEFF}" && character != "\u{FFFD}" && !found.contains(character) {
            found.append(character)
            if found.count == limit { break }
        }
        return found
    }

    /// Throws for an empty file, a UTF-16 file, an archive or a file with NUL bytes.
    private func refuseNonText() throws(InferenceError) {
        guard !prefix.isEmpty else { throw .empty(path: path) }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            throw .notText(path: path, evidence: "it is UTF-16", help: "save it as CSV UTF-8")
        }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw .notText(path: path, evidence: "a zip archive, such as an Excel workbook", help: "export the sheet as CSV")
        }
        if let zero = prefix.firstIndex(of: 0) {
            throw .notText(path: path, evidence: "byte 0x00 at offset \(zero)", help: "is it a CSV file?")
        }
        let controls = prefix.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }.count
        if controls * 100 > prefix.count {
            throw .notText(path: path, evidence: "\(controls) control bytes in its first \(prefix.count) bytes", help: "is it a CSV file?")
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
