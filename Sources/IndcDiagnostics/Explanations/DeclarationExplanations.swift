// Explanations of the declaration errors (E0204-E0209): names declared twice,
// required clauses missing, clauses that conflict, and declarations that
// depend on each other in a circle.

extension DiagnosticCode {
    /// The explanation of a declaration code (E0204-E0209), or `nil`.
    static func declarationExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .duplicateDeclaration: Explanation(
            what: """
                Two datasets or indicators have the same name. All files of a project \
                share one set of names, so this also applies to declarations in different \
                files, and a dataset and an indicator may not share a name either. The \
                message shows both places.
                """,
            why: """
                A `source` or a relative target that uses the name could mean either \
                declaration, and the results of two indicators would be written to the \
                same output.
                """,
            example: """
                # in portaal.ind
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                # in portaal_2024.ind, copied from portaal.ind
                indicator portaal_gebruik {
                  source zorggebruikers
                  filter jaar = 2024
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Rename one of them, for example `indicator portaal_gebruik_2024`; or \
                delete the copy if it is no longer needed.
                """)
        case .duplicateColumn: Explanation(
            what: """
                A dataset declares the same column name twice: two `column` clauses, two \
                `derive` clauses, or a `derive` with the name of a column.
                """,
            why: """
                Indicators that use the name could mean either definition, and a derived \
                column may not silently replace a column from the data.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column opleiding: text
                  derive opleiding = recode(opleiding, "mbo" -> "II", "hbo" -> "III")
                }
                """,
            fix: """
                Give the derived column a name of its own, and use that name in the \
                indicators:

                    column opleiding: text
                    derive opleidingsniveau = recode(opleiding, "mbo" -> "II", "hbo" -> "III")
                """)
        case .missingClause: Explanation(
            what: """
                A clause that a declaration cannot do without is missing: an indicator \
                needs `source` (its dataset) and `measure` (what to compute); a dataset \
                needs `file` (where its data is).
                """,
            why: "Without it there is nothing to compute, or no data to compute it from.",
            example: """
                indicator beeldbellen_huisartsen {
                  title "Huisartsen die beeldbellen aanbieden"
                  source zorgverleners
                  filter beroep = "huisarts"
                }
                """,
            fix: """
                Add the missing clause:

                    measure share(beeldbellen = "ja")
                """)
        case .conflictingClause: Explanation(
            what: """
                A clause that may appear only once is given twice with different values, \
                for example two `source` or two `minimum n` clauses. (Several `filter` \
                clauses are allowed: they must all hold. A clause repeated with the \
                same value is only a warning, W0106.)
                """,
            why: "indc cannot know which of the two values you mean.",
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                  minimum n 10
                  minimum n 50
                }
                """,
            fix: "Keep the one you mean and delete the other, here `minimum n 50`.")
        case .indicatorCycle: Explanation(
            what: """
                Indicators with relative targets (`target >= 70% of OTHER`) refer to each \
                other in a circle: A's target depends on B and B's target on A (or on an \
                indicator that depends on A).
                """,
            why: """
                A relative target needs the other indicator's value first; in a circle no \
                indicator can go first, so none of the targets can be assessed.
                """,
            example: """
                indicator digitaal_geleverd {
                  source zorgverleners
                  measure share(digitaal_geleverd)
                  target >= 70% of digitaal_passend
                }
                indicator digitaal_passend {
                  source zorgverleners
                  measure share(digitaal_passend)
                  target >= 100% of digitaal_geleverd
                }
                """,
            fix: """
                Decide which indicator is the yardstick and give it an absolute target \
                or none; only the other one refers to it.

                    target >= 60%
                """)
        case .deriveCycle: Explanation(
            what: """
                Derived columns (`derive`) refer to each other in a circle: one is \
                computed from the other and the other from the first, directly or \
                through further derived columns.
                """,
            why: """
                indc computes a derived column from values that already exist in the \
                row; in a circle neither can be computed first, so their values would be \
                undefined.
                """,
            example: """
                dataset zorgverleners {
                  file "data/zorgverleners.csv"
                  column modaliteit: text
                  derive digitaal = kanaal = "digitaal"
                  derive kanaal = if(digitaal, "digitaal", "fysiek")
                }
                """,
            fix: """
                Base one of the two on columns from the data only:

                    derive digitaal = modaliteit in ("beeldcontact", "schriftelijk")
                    derive kanaal = if(digitaal, "digitaal", "fysiek")
                """)
        default: nil
        }
    }
}
