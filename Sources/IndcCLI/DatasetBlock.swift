import Foundation
import IndcEngine
import IndcSemantics
import IndcSyntax

/// Writes an inferred dataset as a `dataset` block in the language, with comments that say what
/// was chosen and why; suggestions stay in comments and are never applied.
enum DatasetBlock {
    /// Lines longer than this are broken between category levels.
    static let lineWidth = 100

    /// The block, headed by comments on the reading settings; `name` is already written as source.
    static func render(_ dataset: InferredDataset, name: String) -> String {
        var lines = [comment("Written by `indc infer` from \(dataset.path): review it (suggestions in comments are not applied), then save it as a .ind file and run `indc check`.")]
        lines += dataset.remarks.map { comment($0.description) }
        lines.append(comment(pathAdvice(dataset.path)))
        if !dataset.levelsInCodeOrder, dataset.columns.contains(where: { if case .category = $0.type { $0.isDeclarable } else { false } }) {
            lines.append(comment("Category levels are sorted (numbers by value, text alphabetically): put them in the order results should show."))
        }
        lines.append("dataset \(name) {")
        lines.append("  file \(Spelling.string(dataset.path) ?? "\"\"")")
        if dataset.delimiter != UInt8(ascii: ",") { lines.append("  delimiter \(DatasetRemark.delimiterName(dataset.delimiter))") }
        if dataset.decimalMark != UInt8(ascii: ".") { lines.append("  decimal \",\"") }
        if dataset.encoding != .utf8 { lines.append("  encoding \"\(dataset.encoding.rawValue)\"") }
        if dataset.headerLine > 1 { lines.append("  header line \(dataset.headerLine)") }
        lines.append("")
        for column in dataset.columns {
            lines += column.remarks.map { comment($0.description, indent: "  ") }
            if column.isDeclarable, let written = Spelling.name(column.header) {
                lines.append(clause(column, name: written))
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the block should be saved for its `file` path to be found.
    private static func pathAdvice(_ path: String) -> String {
        let nextToData = "next to the data with file \(Spelling.string((path as NSString).lastPathComponent) ?? "\"\"")"
        if path.hasPrefix("/") {
            return "The file path is absolute; paths may also be relative to the .ind file: save this block \(nextToData)."
        }
        return "The file path is as given, relative to the current folder, and indc reads it relative to the .ind file: "
            + "save this block in the current folder, or \(nextToData)."
    }

    /// A comment line; line breaks in the text (a header or path that has them) are shown as `\\n`,
    /// so that the comment stays one line.
    private static func comment(_ text: String, indent: String = "") -> String {
        indent + "# " + text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// `column NAME: TYPE missing(...)`, a long category broken between its levels.
    private static func clause(_ column: InferredColumn, name: String) -> String {
        let head = "  column \(name): "
        let missing = column.missingCodes.isEmpty ? "" : " missing(" + column.missingCodes.map(code).joined(separator: ", ") + ")"
        guard case .category(let levels) = column.type else { return head + column.type.description + missing }
        let indent = String(repeating: " ", count: head.count + "category(".count)
        var lines = [head + "category("]
        for (index, level) in levels.enumerated() {
            let item = (Spelling.string(level) ?? "\"\"") + (index == levels.count - 1 ? ")" + missing : ",")
            if lines[lines.count - 1].count + item.count + 1 > lineWidth && !lines[lines.count - 1].hasSuffix("(") {
                lines.append(indent + item)
            } else {
                lines[lines.count - 1] += (lines[lines.count - 1].hasSuffix("(") ? "" : " ") + item
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func code(_ code: MissingCode) -> String {
        switch code {
        case .text(let text): Spelling.string(text) ?? "\"\""
        case .number(let value): value.formatted
        }
    }
}
