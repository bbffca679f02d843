// Explanations of the diagnostics about the data files behind datasets
// (E0401, E0402, W0401): `indc check` reads the header of each dataset's file,
// if it exists, to verify the declared columns against it.

extension DiagnosticCode {
    /// The explanation of a data-file code (E04xx, W0401), or `nil`.
    static func dataExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .columnNotInHeader: Explanation(
            what: """
                A column declared in the dataset does not appear in the first line (the \
                header) of its CSV file. indc reads the header with the dataset's \
                `delimiter` and `encoding`.
                """,
            why: """
                Indicators on the dataset would have no data for that column. If every \
                column is reported missing, the delimiter is usually wrong: with "," a \
                file separated by ";" looks like one single column.
                """,
            example: """
                # data/zorggebruikers.csv begins with:
                # respondent_id;jaar;Leeftijd (jaren);portaal_gebruik
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  delimiter ";"
                  column leeftijd: integer
                }
                """,
            fix: """
                Write the column name as it is in the header, in backticks if it contains \
                spaces or brackets, and check the `delimiter` and `encoding`:

                    column `Leeftijd (jaren)`: integer
                """)
        case .unreadableDataFile: Explanation(
            what: """
                The dataset's file exists but cannot be read: for example it is a folder, \
                you lack permission to open it, it is empty, or its header is not valid \
                text in the declared `encoding`.
                """,
            why: """
                Without the header indc cannot check the declared columns, and `indc run` \
                cannot compute the indicators on the dataset.
                """,
            example: """
                # data/zorgverleners.csv was exported from Excel as Windows-1252,
                # and its header contains "patiëntportaal_aangeboden".
                dataset zorgverleners {
                  file "data/zorgverleners.csv"
                  column patiëntportaal_aangeboden: boolean
                }
                """,
            fix: """
                Declare the encoding the file was saved in (or save it again as UTF-8), \
                and check that the path names a readable file:

                    encoding "windows-1252"
                """)
        case .dataFileNotFound: Explanation(
            what: """
                The file named in a dataset's `file` clause does not exist. The path is \
                read relative to the folder of the `.ind` file, not the folder you run \
                indc from. Everything else is still checked, but the declared columns \
                are not compared with the data.
                """,
            why: """
                A misspelt column name or wrong delimiter will only show up later, when \
                `indc run` fails. This is expected where the data is not present, such as \
                a shared repository without confidential microdata; elsewhere the path is \
                probably wrong.
                """,
            example: """
                # Indicators/portaal.ind; the data is in data/zorggebruikers.csv
                # next to the Indicators folder.
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column jaar: integer
                }
                """,
            fix: """
                Correct the path relative to the `.ind` file, or run the check where the \
                data is available:

                    file "../data/zorggebruikers.csv"
                """)
        default: nil
        }
    }
}
