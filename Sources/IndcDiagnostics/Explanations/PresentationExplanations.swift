// Explanations of the presentation errors (E0321-E0323): `display` clauses that
// do not fit the indicator's unit or the column's values.

extension DiagnosticCode {
    /// The explanation of a presentation code (E0321-E0323), or `nil`.
    static func presentationExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .displayFormMismatch: Explanation(
            what: """
                An indicator says `display percent` or `display proportion`, but its value is \
                not a proportion: it is a count, an average, a sum or a rate.
                """,
            why: """
                A percent sign multiplies the value by 100 in every published table. On a \
                count of 235 respondents that would print 23500%.
                """,
            example: """
                indicator respondenten {
                  source zorggebruikers
                  measure count()
                  display percent with 1 decimal
                }
                """,
            fix: """
                Show the value as a number, or measure a share:

                    display number with 0 decimals
                """)
        case .unknownDisplayValue: Explanation(
            what: """
                `display labels COLUMN(...)` gives a label to a value the column cannot hold: \
                not one of a category's levels, not a whole number for an integer column, \
                not "true" or "false" for a boolean.
                """,
            why: """
                The label would never be shown, and the value it was meant for would keep \
                its terse code in the published tables. Usually the value is misspelled.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column opleiding: category("I", "II", "III")
                  display labels opleiding("I" -> "laag", "2" -> "midden")
                }
                """,
            fix: """
                Write the values exactly as the column's levels:

                    display labels opleiding("I" -> "laag", "II" -> "midden")
                """)
        case .ambiguousDisplayLabel: Explanation(
            what: """
                `display labels` gives one value two labels, or two values the same label.
                """,
            why: """
                Two rows of a published table would carry the same label while their numbers \
                differ, and a reader could not tell which is which.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column opleiding: category("I", "II", "III")
                  display labels opleiding("I" -> "laag", "II" -> "laag")
                }
                """,
            fix: """
                Give each value its own label. To combine values into one group, recode the \
                column and group by the recoded column:

                    derive niveau = recode(opleiding, "I" -> "laag", "II" -> "laag")
                """)
        default: nil
        }
    }
}
