import IndcSemantics

/// The workbook's first sheet: what withheld cells, intervals and the columns mean, then one row
/// per indicator with its sheet, title, definition, source, population, grouping, measure and target.
enum WorkbookNotes {
    static func sheet(_ tables: [PresentedTable], sheetNames: [String], name: String, vocabulary: Vocabulary) -> Worksheet {
        let dutch = vocabulary.language == .nl
        let notes = dutch ? [
            "Toelichting bij de resultaten",
            "Elk volgend tabblad bevat één indicator; de definities staan hieronder, gegenereerd uit de .ind-bestanden waarmee is gerekend.",
            "\(vocabulary.withheld): de waarde is niet getoond omdat de cel op te weinig waarnemingen rust (of om een andere cel te beschermen); ook n en het interval ontbreken dan.",
            "ondergrens en bovengrens: het betrouwbaarheidsinterval (standaard 95%) van een schatting uit een steekproef; een telling of registratie heeft geen interval.",
            "\(vocabulary.unknown): de groep waarvan de waarde ontbreekt; \(vocabulary.total): de uitkomst over alle groepen samen.",
            "De getallen zijn onafgerond opgeslagen en worden afgerond getoond; percentages zijn opgeslagen als fractie (0,637 = 63,7%).",
        ] : [
            "Notes on the results",
            "Each following sheet holds one indicator; the definitions below are generated from the .ind files that were computed.",
            "\(vocabulary.withheld): the value is not shown because the cell rests on too few observations (or to protect another cell); n and the interval are left out too.",
            "lower and upper bound: the confidence interval (95% by default) of an estimate from a sample; a count or registry figure has none.",
            "\(vocabulary.unknown): the group whose value is missing; \(vocabulary.total): the result over all groups together.",
            "Numbers are stored unrounded and shown rounded; percentages are stored as fractions (0.637 = 63.7%).",
        ]
        let headers = dutch
            ? ["tabblad", "indicator", "titel", "thema", "omschrijving", "bron", "populatie", "indeling", "maat", "eenheid", "doel"]
            : ["sheet", "indicator", "title", "theme", "description", "source", "population", "grouping", "measure", "unit", "target"]
        var rows: [[WorksheetCell]] = [[.text(notes[0], style: WorkbookStyles.header)]]
        rows += notes.dropFirst().map { [.text($0, style: 0)] }
        rows.append([])
        rows.append(headers.map { .text($0, style: WorkbookStyles.header) })
        for (table, sheetName) in zip(tables, sheetNames) {
            let indicator = table.indicator
            let definition = DefinitionText(indicator, language: vocabulary.language)
            let source = [indicator.owner, "dataset \(indicator.source)"].compactMap { $0 }.joined(separator: ", ")
            let fields = [sheetName, indicator.name, indicator.title ?? "", indicator.theme ?? "", indicator.description ?? "", source,
                          definition.population, definition.grouping, definition.measure, definition.unit, definition.target ?? ""]
            rows.append(fields.map { .text($0, style: WorkbookStyles.wrapped) })
        }
        return Worksheet(name: name, rows: rows, widths: [34, 30, 40, 24, 60, 30, 45, 30, 40, 12, 18], freezesHeader: false)
    }
}
