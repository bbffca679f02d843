// Explanations of the diagnostics about `test` declarations (E05xx): hand-written
// input rows for an indicator and the cells expected from them, run by `indc test`.

extension DiagnosticCode {
    /// The explanation of a test code (E05xx), or `nil`.
    static func testExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .testRowLength: Explanation(
            what: """
                A `row` of a test gives more or fewer values than the test's `columns` \
                clause names. Each row gives one value per column, in the order of \
                `columns`.
                """,
            why: """
                indc cannot tell which value belongs to which column, so the row would be \
                read wrongly and the test would check something else than you meant.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by jaar
                  measure share(portaal_gebruik = "ja")
                }
                test weet_niet_telt_niet_mee of portaal_gebruik {
                  columns jaar, portaal_gebruik
                  row 2024, "ja", "nee"
                  expect jaar = 2024: value 100%
                }
                """,
            fix: """
                Give one value per column; write `missing` for an empty field:

                    row 2024, "ja"
                    row 2024, missing
                """)
        case .testCellKey: Explanation(
            what: """
                An `expect` clause selects its cell by a column that is not one of the \
                indicator's dimensions. A cell is keyed by the indicator's `group by` \
                columns, one of its `breakdown` columns (the cell of that breakdown), or \
                for `distribution(X)` the column X (one row per level).
                """,
            why: """
                The results have no cells keyed by other columns, so the expectation \
                could never be checked.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by jaar
                  measure share(portaal_gebruik = "ja")
                }
                test per_panel of portaal_gebruik {
                  columns jaar, panel, portaal_gebruik
                  row 2024, "chronisch zieken", "ja"
                  expect jaar = 2024, panel = "chronisch zieken": value 100%
                }
                """,
            fix: """
                Key the cell by the indicator's dimensions only; to test per panel, add \
                `breakdown panel` to the indicator or filter the rows you write:

                    expect jaar = 2024: value 100%
                """)
        default: nil
        }
    }
}
