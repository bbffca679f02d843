// Explanations of the type errors in expressions and measures (E0301-E0310):
// values compared with the wrong kind of value, and aggregates used where they
// do not belong. Type errors in function arguments and clause values are in
// `ClauseTypeExplanations.swift`.

extension DiagnosticCode {
    /// The explanation of an expression or measure type code (E0301-E0310), or `nil`.
    static func typeExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .typeMismatch: Explanation(
            what: """
                Two values of different kinds are compared or combined, such as a number \
                column with a text in quotes, or a text column in a sum.
                """,
            why: """
                The year 2023 and the text "2023" are different values to indc; the \
                comparison would never be true and the indicator would silently be empty.
                """,
            example: """
                indicator portaal_gebruik_2023 {
                  source zorggebruikers
                  filter jaar = "2023"
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Compare with a value of the column's own type: numbers without quotes, \
                text and category levels with quotes.

                    filter jaar = 2023
                """)
        case .unknownCategoryValue: Explanation(
            what: """
                A category column is compared with a value that is not one of its declared \
                levels or missing codes. indc suggests the nearest level.
                """,
            why: """
                No row can hold a value outside the levels (the data check rejects it), so \
                the comparison would never be true and the share would silently be 0%.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column stelling_regie: category("helemaal oneens", "oneens", "neutraal",
                                                  "eens", "helemaal eens")
                }
                indicator regie_eens {
                  source zorggebruikers
                  measure share(stelling_regie in ("eens", "helemaal mee eens"))
                }
                """,
            fix: """
                Write the level exactly as declared (capitals, spaces and accents count):

                    measure share(stelling_regie in ("eens", "helemaal eens"))
                """)
        case .aggregateInRowContext: Explanation(
            what: """
                An aggregate such as `count()`, `sum`, `mean` or `share`, which sums up \
                the rows of a cell, is used where indc needs a value for one row: in a \
                `filter`, a `derive`, `group by`, or the `where` condition of an aggregate.
                """,
            why: """
                These clauses decide row by row, before rows are gathered into cells, so \
                there is no cell to sum up yet.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by jaar, opleiding
                  filter count() >= 50
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                To withhold small cells, use suppression instead of a filter:

                    minimum n 50
                """)
        case .columnOutsideAggregate: Explanation(
            what: """
                The `measure` names a column directly instead of inside an aggregate. A \
                measure computes one value per cell from many rows, so every column in it \
                must be summed up by `count`, `sum`, `mean`, `share`, `median` and so on.
                """,
            why: """
                A cell holds many respondents or claims, each with its own value; indc \
                cannot know which one, or which summary, you want.
                """,
            example: """
                indicator werkdruk {
                  source zorgverleners
                  group by jaar, beroep
                  measure werkdruk_score
                }
                """,
            fix: """
                Say how the values are summed up, for example the mean:

                    measure mean(werkdruk_score)
                """)
        case .shareOfNonCondition: Explanation(
            what: """
                `share(...)` is given something that is not a yes/no condition. `share` \
                counts the rows where its condition is true as a part of all rows.
                """,
            why: """
                A category or number column is not true or false by itself: indc cannot \
                know which answer counts as "yes".
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik)
                }
                """,
            fix: """
                Write the condition out in full (or declare a ja/nee column as `boolean`):

                    measure share(portaal_gebruik = "ja")
                """)
        case .aggregateInputType: Explanation(
            what: """
                `mean`, `sum`, `median`, `min` or `max` is applied to a text or category \
                column. These aggregates need numbers.
                """,
            why: """
                Answers such as "eens" or "oneens" have no numeric value; averaging them \
                would mean inventing a scale.
                """,
            example: """
                indicator regie {
                  source zorggebruikers
                  measure mean(stelling_regie)
                }
                """,
            fix: """
                Report the share of an answer:

                    measure share(stelling_regie in ("eens", "helemaal eens"))

                or the whole distribution of answers:

                    measure distribution(stelling_regie)

                If the CSV holds scores (1 to 5), declare the column as `integer` instead.
                """)
        case .wrongArguments: Explanation(
            what: """
                A function is given the wrong number or kind of arguments: `count` with a \
                column (it takes nothing, or `where` and a condition), `round` without the \
                number of digits, `year` on something that is not a date, and so on.
                """,
            why: "indc cannot compute the function with these arguments.",
            example: """
                indicator beeldbellen {
                  source declaraties
                  group by jaar
                  measure count(prestatie = "beeldbellen")
                }
                """,
            fix: """
                Give the function the arguments it takes; to count the rows where a \
                condition holds, write `where` before it:

                    measure count(where prestatie = "beeldbellen")
                """)
        case .nestedAggregate: Explanation(
            what: """
                An aggregate is used inside another aggregate, as in `mean(count())`. \
                Aggregates sum up the rows of one cell; they cannot sum up each other.
                """,
            why: """
                There is only one level of cells, so "the mean of the counts" has no \
                defined meaning in an indicator.
                """,
            example: """
                indicator declaraties_per_verzekerde {
                  source declaraties
                  group by jaar
                  measure mean(count())
                }
                """,
            fix: """
                Write the average as a division of two aggregates, here claims per insured \
                person:

                    measure count() / distinct(verzekerde_id)
                """)
        case .conditionNotBoolean: Explanation(
            what: """
                A `filter`, a `where` or the first argument of `if(...)` is not a \
                condition: it does not give true or false.
                """,
            why: """
                indc keeps the rows where the condition is true; a column such as a \
                category or a number is neither true nor false.
                """,
            example: """
                indicator portaal_chronisch_zieken {
                  source zorggebruikers
                  filter chronisch
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Compare the column with a value (or declare a ja/nee column as `boolean`):

                    filter chronisch = "ja"
                """)
        case .targetUnitMismatch: Explanation(
            what: """
                The `target` is a percentage, but the measure is not: it is a count, a sum \
                or a mean.
                """,
            why: """
                A percentage target is read as a proportion (70% is 0.70); compared with a \
                number of claims it would almost always be met, whatever the data says.
                """,
            example: """
                indicator beeldbellen {
                  source declaraties
                  measure count(where prestatie = "beeldbellen")
                  target >= 70%
                }
                """,
            fix: """
                Measure a share if the target is a share:

                    measure share(prestatie = "beeldbellen")
                    target >= 70%

                Or keep the count and give the target as a number of claims:

                    target >= 5000
                """)
        default: nil
        }
    }
}
