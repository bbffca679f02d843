import Foundation

/// One cell of a worksheet.
enum WorksheetCell {
    case empty
    /// Text, written as an inline string (never a formula), with a cell format.
    case text(String, style: Int)
    /// A number with its style.
    case number(Double, NumberStyle)
}

/// One sheet of a workbook: rows of cells, a frozen header row, column widths.
struct Worksheet {
    /// The sheet's name: at most 31 characters, unique in the workbook.
    let name: String
    let rows: [[WorksheetCell]]
    /// Column widths in characters.
    let widths: [Double]
    /// The first row stays in view while scrolling.
    let freezesHeader: Bool

    /// The worksheet part, registering number styles in `styles`.
    func xml(_ styles: inout WorkbookStyles) -> String {
        var text = XML.declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        text += "<sheetViews><sheetView workbookViewId=\"0\">"
        if freezesHeader { text += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>" }
        text += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            text += "<cols>" + widths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>" }.joined() + "</cols>"
        }
        text += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            text += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = Self.column(columnIndex) + String(rowIndex + 1)
                switch cell {
                case .empty: continue
                case .text(let full, let style):
                    let value = full.count > Self.maximumText ? String(full.prefix(Self.maximumText - 1)) + "…" : full
                    let space = value.first?.isWhitespace == true || value.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                    text += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t\(space)>\(XML.escape(value))</t></is></c>"
                case .number(let value, let style):
                    text += "<c r=\"\(reference)\" s=\"\(styles.index(of: style))\"><v>\(PlainNumber.text(value))</v></c>"
                }
            }
            text += "</row>"
        }
        return text + "</sheetData></worksheet>"
    }

    /// The most characters a spreadsheet cell holds (Excel's limit); longer text is cut with `…`.
    static let maximumText = 32_767

    /// The letters of a 0-based column: A … Z, AA, AB, …
    static func column(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// Unique sheet names of at most 31 characters, without the characters Excel forbids (`[]:*?/\`).
    static func names(_ wanted: [String], reserved: Set<String>) -> [String] {
        var used = Set(reserved.map { $0.lowercased() })
        return wanted.map { name in
            let clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            var candidate = String(clean.prefix(31))
            var number = 2
            while candidate.isEmpty || used.contains(candidate.lowercased()) {
                let suffix = "~\(number)"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
