// Explanations of the errors about names that become result files and result
// columns (E0211-E0213): names that cannot be file names, names whose files
// would clash, and group by columns named like a result column.

extension DiagnosticCode {
    /// The explanation of an output-name code (E0211-E0213), or `nil`.
    static func outputNameExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .unsafeFileName: Explanation(
            what: """
                A dataset or indicator name cannot be used as a file name. `indc run` \
                writes each indicator to `NAME.csv` and a dataset's skipped rows to \
                `NAME.rejected.csv`, so a name may not hold `/` or `\\`, a control \
                character (a line break, NUL, ESC), a character Windows forbids in \
                file names (`< > : " | ? *`), may not start with `.`, end with a \
                space, be a device name Windows reserves (`con`, `nul`, `com1`…) or \
                be longer than 200 bytes.
                """,
            why: """
                A name like `../data` would write outside the results folder, onto \
                other files; a control character cuts or hides the file name; a \
                reserved or over-long name cannot be opened on every system the \
                results are copied to.
                """,
            example: """
                indicator `../gebruik` {
                  source zorggebruikers
                  measure count()
                }
                """,
            fix: """
                Rename the declaration to a plain name: letters, digits, `_`, `-` \
                and spaces.

                    indicator gebruik {
                """)
        case .fileNameClash: Explanation(
            what: """
                Two declarations would write the same result file: names that differ \
                only in upper and lower case (`Gebruik` and `gebruik`), or an indicator \
                named `NAME.rejected` next to a dataset `NAME`, whose skipped rows go \
                to `NAME.rejected.csv`.
                """,
            why: """
                On Windows and macOS file names are not case-sensitive, so one file \
                would overwrite the other and one indicator's results would be lost \
                or mixed with another's.
                """,
            example: """
                indicator gebruik {
                  source zorggebruikers
                  measure count()
                }
                indicator Gebruik {
                  source zorggebruikers
                  measure share(portaal = "ja")
                }
                """,
            fix: """
                Rename one of them so the names differ in more than case.

                    indicator gebruik_portaal {
                """)
        case .resultColumnName: Explanation(
            what: """
                A `group by` column has the name of a column that every result has: \
                `indicator`, `breakdown`, `breakdown_value`, `value`, `n`, `se`, \
                `note` and the others listed under "Results" in the language reference.
                """,
            why: """
                The result would have two columns of that name: a spreadsheet shows \
                two, and in results.json the row would hold the key twice, so readers \
                keep only one of the two values.
                """,
            example: """
                dataset metingen {
                  file "metingen.csv"
                  column n: integer
                }
                indicator per_n {
                  source metingen
                  group by n
                  measure count()
                }
                """,
            fix: """
                Group by a copy under another name.

                    derive aantal_groep = n
                    group by aantal_groep
                """)
        default: nil
        }
    }
}
