import Foundation
import IndcDiagnostics

/// Checks a dataset's declared columns against its data file's header row.
///
/// Reads only the header (with the declared delimiter and encoding), never the data.
enum HeaderCheck {
    /// The longest header read before giving up (1 MiB).
    static let maximumHeaderBytes = 1 << 20

    static func check(_ dataset: Dataset) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataset.path, isDirectory: &isDirectory) else {
            return [Diagnostic(
                .dataFileNotFound, "data file \"\(dataset.pathSpan.text.dropFirst().dropLast())\" not found: schema not verified against data",
                at: Annotation(dataset.pathSpan, "no such file"),
                help: ["the path is relative to this .ind file's folder"], notes: ["looked for \(SourceLoader.displayPath(dataset.path))"])]
        }
        do {
            let header = try readHeader(dataset, isDirectory: isDirectory.boolValue)
            return dataset.columns.compactMap { missing($0, header, dataset) }
        } catch {
            return [Diagnostic(.unreadableDataFile, "cannot read the header of \(SourceLoader.displayPath(dataset.path)): \(error.description)",
                               at: Annotation(dataset.pathSpan)).helping(error.help)]
        }
    }

    private static func missing(_ column: Column, _ header: [String], _ dataset: Dataset) -> Diagnostic? {
        guard !header.contains(column.name) else { return nil }
        let file = SourceLoader.displayPath(dataset.path)
        var diagnostic = Diagnostic(
            .columnNotInHeader, "column `\(column.name)` is not in the header of \(file)",
            at: Annotation(column.span, "declared here"))
        if let suggestion = Suggestion.closest(to: column.name, among: header) {
            diagnostic = diagnostic.helping("the file has `\(suggestion)`: rename the column, or write it as `column \(suggestion.contains(" ") ? "`\(suggestion)`" : suggestion): …`")
        } else if header.count == 1, let other = [";", ",", "\t", "|"].first(where: { header[0].contains($0) }) {
            diagnostic = diagnostic.helping("the header reads as one field: is the delimiter \(other == "\t" ? "\"tab\"" : "\"\(other)\"")?")
        }
        let shown = header.prefix(12).map { "`\($0)`" }.joined(separator: ", ") + (header.count > 12 ? ", …" : "")
        return diagnostic.noting("the header has \(header.count) column\(header.count == 1 ? "" : "s"): \(shown)")
    }

    struct ReadError: Error {
        let description: String
        var help: String?
    }

    private static func readHeader(_ dataset: Dataset, isDirectory: Bool) throws(ReadError) -> [String] {
        guard !isDirectory else { throw ReadError(description: "it is a directory", help: "name the CSV file itself") }
        guard let handle = FileHandle(forReadingAtPath: dataset.path) else { throw ReadError(description: "permission denied") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumHeaderBytes)) ?? nil
        var bytes = [UInt8](data ?? Data())
        guard !bytes.isEmpty else { throw ReadError(description: "the file is empty", help: "the first line must name the columns") }
        if dataset.encoding == .utf8, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let fields = try HeaderRecord.split(bytes, delimiter: dataset.delimiter, complete: bytes.count < maximumHeaderBytes)
        return try fields.map { field throws(ReadError) in try TextDecoding.decode(field, dataset.encoding) }
    }
}

/// Splits the first CSV record (RFC 4180 quoting) into raw fields.
enum HeaderRecord {
    static func split(_ bytes: [UInt8], delimiter: UInt8, complete: Bool) throws(HeaderCheck.ReadError) -> [[UInt8]] {
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") { field.append(byte); index += 1 } else { quoted = false }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if byte == delimiter {
                fields.append(field)
                field = []
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                fields.append(field)
                return fields
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted { throw HeaderCheck.ReadError(description: "a quote in the header is not closed", help: "check the first line of the file") }
        if !complete { throw HeaderCheck.ReadError(description: "the header is longer than 1 MiB", help: "is this a CSV file?") }
        fields.append(field)
        return fields
    }
}
