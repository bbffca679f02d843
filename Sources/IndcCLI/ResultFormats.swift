import IndcOutput

/// The result files of each `--format`: full-precision CSV (the machine format), the presented
/// Dutch-spreadsheet CSV (csv-nl), or the presented workbook (xlsx); results.json is added by the caller.
enum ResultFormats {
    static let languageOption = OptionSpec(name: "--lang", value: "language", allowed: Language.allCases.map(\.rawValue),
                                           help: "Words of the presentation formats (csv-nl, xlsx, show): nl (default) or en.")

    /// The `--lang` of the command line, Dutch by default.
    static func language(_ arguments: ParsedArguments) -> Language {
        arguments.value("--lang").flatMap(Language.init(rawValue:)) ?? .nl
    }

    /// Adds the files of `format` for `tables` to `files`.
    static func add(_ tables: [ResultTable], format: String, language: Language, to files: inout OutputFiles) {
        switch format {
        case "csv":
            for table in tables { files.add("\(table.indicator.name).csv") { ResultCSV.write(table, dialect: .standard, into: &$0) } }
        case "csv-nl":
            let vocabulary = Vocabulary(language, decimalMark: ",")
            for table in tables.map({ PresentedTable($0, vocabulary: vocabulary) }) {
                let rows = table.rows.map { $0.map { ResultField.text(table.text($0)) } }
                files.add("\(table.indicator.name).csv") { ResultCSV.write(columns: table.headers, rows: rows, dialect: .dutch, into: &$0) }
            }
        case "xlsx":
            let vocabulary = Vocabulary(language)
            files.add("results.xlsx", bytes: ResultWorkbook.bytes(tables.map { PresentedTable($0, vocabulary: vocabulary) }, vocabulary: vocabulary))
        default:
            break
        }
    }
}
