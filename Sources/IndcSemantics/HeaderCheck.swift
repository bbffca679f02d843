import Foundation
import IndcDiagnostics

/// Reads a data file's header row with the dataset's delimiter and encoding: its column names, or why it cannot.
///
/// The engine's CSV reader provides it (`DataHeaders.read`); the checker only compares names.
public typealias HeaderReader = (Dataset) -> Result<[String], HeaderError>

/// Why a data file's header could not be read.
public struct HeaderError: Error, Sendable {
    public let description: String
    public let help: String?

    public init(_ description: String, help: String? = nil) {
        self.description = description
        self.help = help
    }
}

/// Checks a dataset's declared columns against its data file's header row.
enum HeaderCheck {
    static func check(_ dataset: Dataset, _ headers: HeaderReader) -> [Diagnostic] {
        if DataFilePattern.isPattern(dataset.path) && DataFilePattern.files(dataset.path).isEmpty {
            return [Diagnostic(
                .dataFileNotFound, "no data file matches \"\(dataset.pathSpan.text.dropFirst().dropLast())\": schema not verified against data",
                at: Annotation(dataset.pathSpan, "no file matches"),
                help: ["the pattern is relative to this .ind file's folder; * matches any part of a file name"],
                notes: ["looked for \(SourceLoader.displayPath(dataset.path))"])]
        }
        var isDirectory: ObjCBool = false
        guard DataFilePattern.isPattern(dataset.path) || FileManager.default.fileExists(atPath: dataset.path, isDirectory: &isDirectory) else {
            return [Diagnostic(
                .dataFileNotFound, "data file \"\(dataset.pathSpan.text.dropFirst().dropLast())\" not found: schema not verified against data",
                at: Annotation(dataset.pathSpan, "no such file"),
                help: ["the path is relative to this .ind file's folder"], notes: ["looked for \(SourceLoader.displayPath(dataset.path))"])]
        }
        let read = isDirectory.boolValue ? .failure(HeaderError("it is a directory", help: "name the CSV file itself")) : headers(dataset)
        switch read {
        case .success(let header):
            let plausible = dataset.columns.contains { header.contains($0.name) }
            return dataset.columns.compactMap { missing($0, header, dataset, quoting: plausible) }
        case .failure(let error):
            return [Diagnostic(.unreadableDataFile, "cannot read the header of \(SourceLoader.displayPath(dataset.path)): \(error.description)",
                               at: Annotation(dataset.pathSpan)).helping(error.help)]
        }
    }

    /// The diagnostic for a declared column the header lacks. The header's names are quoted (each
    /// cut to 40 characters) only when `quoting`: when some declared column is in it, so the file is
    /// plausibly the dataset's data. Otherwise it may be any file the `.ind` names (`/etc/shadow`), and
    /// its first line must not reach the output or a CI log.
    private static func missing(_ column: Column, _ header: [String], _ dataset: Dataset, quoting: Bool) -> Diagnostic? {
        guard !header.contains(column.name) else { return nil }
        let file = SourceLoader.displayPath(dataset.path)
        var diagnostic = Diagnostic(
            .columnNotInHeader, "column `\(column.name)` is not in the header of \(file)",
            at: Annotation(column.span, "declared here"))
        if quoting, let suggestion = Suggestion.closest(to: column.name, among: header) {
            diagnostic = diagnostic.helping("the file has `\(shortened(suggestion))`: rename the column, or write it as `column \(suggestion.contains(" ") ? "`\(shortened(suggestion))`" : shortened(suggestion)): …`")
        } else if header.count == 1, let other = [";", ",", "\t", "|"].first(where: { header[0].contains($0) }) {
            diagnostic = diagnostic.helping("the header reads as one field: is the delimiter \(other == "\t" ? "\"tab\"" : "\"\(other)\"")?")
        }
        guard quoting else {
            return diagnostic.noting("none of the dataset's columns is in the header, so the file may not be its data: the header is not shown")
        }
        let shown = header.prefix(12).map { "`\(shortened($0))`" }.joined(separator: ", ") + (header.count > 12 ? ", …" : "")
        return diagnostic.noting("the header has \(header.count) column\(header.count == 1 ? "" : "s"): \(shown)")
    }

    /// A header name as diagnostics quote it: at most 40 characters.
    private static func shortened(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(39)) + "…" : name
    }
}
