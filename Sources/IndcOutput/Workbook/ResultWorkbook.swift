import IndcSemantics

/// `results.xlsx`: an Office Open XML workbook written by hand (a stored zip of XML parts). The
/// first sheet, "Toelichting" ("Notes" in English), explains each indicator and what withheld cells
/// and intervals mean; then one sheet per indicator (names of at most 31 characters, unique) with a
/// frozen header row, column widths, numbers as numbers holding their full-precision value and
/// shown through a number format (`0.0%`), text as inline strings (never formulas), and withheld
/// cells marked in words on a hatched fill.
public enum ResultWorkbook {
    /// The workbook of `tables`, in the words of `vocabulary`.
    public static func bytes(_ tables: [PresentedTable], vocabulary: Vocabulary) -> [UInt8] {
        let notesName = vocabulary.language == .nl ? "Toelichting" : "Notes"
        let names = Worksheet.names(tables.map(\.indicator.name), reserved: [notesName])
        let sheets = [WorkbookNotes.sheet(tables, sheetNames: names, name: notesName, vocabulary: vocabulary)]
            + zip(tables, names).map { sheet($0, name: $1) }
        var styles = WorkbookStyles()
        let parts = sheets.map { $0.xml(&styles) }
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", Array(contentTypes(sheets.count).utf8))
        archive.add("_rels/.rels", Array(packageRelationships.utf8))
        archive.add("xl/workbook.xml", Array(workbook(sheets.map(\.name)).utf8))
        archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets.count).utf8))
        archive.add("xl/styles.xml", Array(styles.xml.utf8))
        for (index, part) in parts.enumerated() { archive.add("xl/worksheets/sheet\(index + 1).xml", Array(part.utf8)) }
        return archive.bytes
    }

    private static func sheet(_ table: PresentedTable, name: String) -> Worksheet {
        let header = table.headers.map { WorksheetCell.text($0, style: WorkbookStyles.header) }
        let rows = table.rows.map { row in
            row.map { field -> WorksheetCell in
                switch field {
                case .empty: .empty
                case .text(let text): .text(text, style: 0)
                case .number(let value, let style): .number(value, style)
                case .withheld: .text(table.vocabulary.withheld, style: WorkbookStyles.withheld)
                }
            }
        }
        return Worksheet(name: name, rows: [header] + rows, widths: widths(table), freezesHeader: true)
    }

    /// Each column as wide as its longest header or shown value, within 8 to 60 characters.
    static func widths(_ table: PresentedTable) -> [Double] {
        table.headers.indices.map { column in
            let longest = ([table.headers[column].count] + table.rows.map { table.text($0[column]).count }).max() ?? 8
            return Double(min(60, max(8, longest + 2)))
        }
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(_ sheets: Int) -> String {
        let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        return XML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/>"
            + (1...sheets).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"\(office).worksheet+xml\"/>" }.joined()
            + "</Types>"
    }

    private static var packageRelationships: String {
        XML.declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    }

    private static func workbook(_ names: [String]) -> String {
        XML.declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
            + names.enumerated().map { "<sheet name=\"\(XML.escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ sheets: Int) -> String {
        XML.declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
            + (1...sheets).map { "<Relationship Id=\"rId\($0)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
    }
}
