// Explanations of the name errors that refer to nothing (E0201-E0203, E0210):
// an unknown column, dataset, indicator or function. The other E02xx codes,
// about the declarations themselves, are in `DeclarationExplanations.swift`.

extension DiagnosticCode {
    /// The explanation of an unknown-name code (E0201-E0203, E0210), or `nil`.
    static func nameExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .unknownColumn: Explanation(
            what: """
                The indicator uses a column that its dataset does not declare, neither \
                with `column` nor with `derive`. indc suggests a similar name if there is one.
                """,
            why: """
                indc only knows the columns a dataset declares; columns in the CSV that \
                are not declared are ignored. A misspelt name cannot be computed.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column leeftijd: integer
                  derive leeftijdsgroep = bands(leeftijd, 18, 40, 65)
                }
                indicator portaal_gebruik {
                  source zorggebruikers
                  breakdown leeftijdgroep
                  measure count()
                }
                """,
            fix: """
                Correct the spelling, or declare the column in the dataset if it is in the \
                CSV but not yet declared.

                    breakdown leeftijdsgroep
                """)
        case .unknownDataset: Explanation(
            what: """
                The `source` of an indicator names a dataset that is not declared in any \
                `.ind` file of the project.
                """,
            why: """
                Without its dataset indc knows neither the data file nor its columns, so \
                the indicator cannot be checked or computed.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                }
                indicator portaal_gebruik {
                  source zorggebruiker
                  measure count()
                }
                """,
            fix: """
                Use the dataset's exact name. If the dataset is declared in another file, \
                make sure that file is in the folder you check: `indc check DIR` reads \
                every `.ind` file below DIR.

                    source zorggebruikers
                """)
        case .unknownIndicator: Explanation(
            what: """
                A relative target (`target >= 70% of OTHER`) names an indicator that is \
                not declared in the project.
                """,
            why: """
                The target compares each cell with the same cell of the other indicator; \
                without that indicator there is nothing to compare with.
                """,
            example: """
                indicator digitaal_geleverd {
                  source zorgverleners
                  measure share(digitaal_geleverd)
                  target >= 70% of passend_digitaal
                }
                """,
            fix: """
                Use the name of the other indicator exactly as it is declared, for \
                example `target >= 70% of digitaal_passend`, or declare that indicator.
                """)
        case .unknownFunction: Explanation(
            what: """
                The name before the brackets is not a function or aggregate indc knows. \
                indc suggests a similar name if there is one.
                """,
            why: """
                indc cannot compute a function it does not know. The aggregates are \
                `count`, `sum`, `mean`, `median`, `min`, `max`, `share`, `distinct` and \
                `distribution`; the row functions are `bands`, `recode`, `if`, `year`, \
                `month`, `quarter`, `lower`, `round` and `abs`.
                """,
            example: """
                indicator werkdruk_huisartsen {
                  source zorgverleners
                  filter beroep = "huisarts"
                  measure gemiddelde(werkdruk_score)
                }
                """,
            fix: """
                Use the function's English name from the list above; an average is `mean`, \
                a percentage is `share`:

                    measure mean(werkdruk_score)
                """)
        default: nil
        }
    }
}
