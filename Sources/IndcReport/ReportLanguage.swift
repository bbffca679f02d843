/// The language of the site's text: Dutch by default, English on request (`--lang en`).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The phrase for `key` in this language.
    func text(_ key: Phrase) -> String {
        self == .dutch ? key.dutch : key.english
    }

    /// The decimal mark and thousands separator of numbers on the page.
    var decimalMark: Character { self == .dutch ? "," : "." }
    var thousandsSeparator: Character { self == .dutch ? "." : "," }
}

/// The fixed texts of the site, each in Dutch and English.
enum Phrase: CaseIterable {
    case siteTitle, overviewIntro, skipToContent, backToOverview, latestValue, change, targetLabel
    case definition, population, measureWords, chart, table, notes, downloads, downloadCSV, downloadJSON
    case breakdownChoice, groupChoice, total, withheld, notComputed, significantChange
    case interval, value, cellCount, noData, generatedBy, source, owner
    case significantRise, significantFall, notSignificant, met, onTrack, offTrack, notMet, target
    case missingValue, lineChart, barChart, stackedChart

    var dutch: String {
        switch self {
        case .siteTitle: "Indicatoren"
        case .overviewIntro: "Overzicht van alle indicatoren per thema, met de laatste waarde, de verandering en de stand ten opzichte van het doel."
        case .skipToContent: "Naar de inhoud"
        case .backToOverview: "Terug naar het overzicht"
        case .latestValue: "Laatste waarde"
        case .change: "Verandering"
        case .targetLabel: "Doel"
        case .definition: "Definitie"
        case .population: "Populatie"
        case .measureWords: "Maat"
        case .chart: "Grafiek"
        case .table: "Tabel"
        case .notes: "Toelichting"
        case .downloads: "Downloads"
        case .downloadCSV: "Resultaten (CSV)"
        case .downloadJSON: "Alle resultaten met metadata (results.json, gzip-gecomprimeerd)"
        case .breakdownChoice: "Uitsplitsing"
        case .groupChoice: "Groep"
        case .total: "Totaal"
        case .withheld: "te weinig gegevens"
        case .notComputed: "Niet berekend"
        case .significantChange: "significante verandering ten opzichte van de vorige periode"
        case .interval: "Betrouwbaarheidsinterval"
        case .value: "Waarde"
        case .cellCount: "n"
        case .noData: "Geen gegevens"
        case .generatedBy: "Gemaakt met"
        case .source: "Bron"
        case .owner: "Eigenaar"
        case .significantRise: "significant gestegen"
        case .significantFall: "significant gedaald"
        case .notSignificant: "niet significant"
        case .met: "doel gehaald"
        case .onTrack: "op koers"
        case .offTrack: "niet op koers"
        case .notMet: "doel niet gehaald"
        case .target: "doel"
        case .missingValue: "(onbekend)"
        case .lineChart: "lijndiagram"
        case .barChart: "staafdiagram"
        case .stackedChart: "gestapeld staafdiagram (100%)"
        }
    }

    var english: String {
        switch self {
        case .siteTitle: "Indicators"
        case .overviewIntro: "All indicators by theme, with their latest value, change and standing against the target."
        case .skipToContent: "Skip to content"
        case .backToOverview: "Back to the overview"
        case .latestValue: "Latest value"
        case .change: "Change"
        case .targetLabel: "Target"
        case .definition: "Definition"
        case .population: "Population"
        case .measureWords: "Measure"
        case .chart: "Chart"
        case .table: "Table"
        case .notes: "Notes"
        case .downloads: "Downloads"
        case .downloadCSV: "Results (CSV)"
        case .downloadJSON: "All results with metadata (results.json, gzip-compressed)"
        case .breakdownChoice: "Breakdown"
        case .groupChoice: "Group"
        case .total: "Total"
        case .withheld: "too few data"
        case .notComputed: "Not computed"
        case .significantChange: "significant change against the previous period"
        case .interval: "Confidence interval"
        case .value: "Value"
        case .cellCount: "n"
        case .noData: "No data"
        case .generatedBy: "Made with"
        case .source: "Source"
        case .owner: "Owner"
        case .significantRise: "significant rise"
        case .significantFall: "significant fall"
        case .notSignificant: "not significant"
        case .met: "target met"
        case .onTrack: "on track"
        case .offTrack: "off track"
        case .notMet: "target not met"
        case .target: "target"
        case .missingValue: "(unknown)"
        case .lineChart: "line chart"
        case .barChart: "bar chart"
        case .stackedChart: "100% stacked bar chart"
        }
    }
}
