// Explanations of the warnings (W01xx): declarations that are valid but very
// likely not what was meant, or that put the reliability or confidentiality
// of the published figures at risk.

extension DiagnosticCode {
    /// The explanation of a warning code (W01xx), or `nil`.
    static func lintExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .missingTitle: Explanation(
            what: "The indicator has no `title`.",
            why: """
                Tables, charts and the JSON output then show the technical name, such as \
                `portaal_gebruik_zg`, to readers who do not know it.
                """,
            example: """
                indicator portaal_gebruik_zg {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Add a title that a reader of the report understands:

                    title "Gebruik patiëntportaal door zorggebruikers"
                """)
        case .unusedDataset: Explanation(
            what: "No indicator in the project has this dataset as its `source`.",
            why: """
                Often an indicator's `source` is misspelt or points at an older copy of \
                the dataset, or the dataset is left over and can go.
                """,
            example: """
                dataset zorggebruikers_2023 {
                  file "data/zorggebruikers_2023.csv"
                }
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                }
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure count()
                }
                """,
            fix: """
                Point the intended indicators at the dataset, or delete the dataset if it \
                is no longer needed.
                """)
        case .identifierGrouping: Explanation(
            what: """
                A `group by` or `breakdown` uses a column that looks like an identifier: \
                its name ends in `_id`, or it is an integer column with "id" in its name.
                """,
            why: """
                Grouping by an identifier gives one cell per respondent, practice or \
                insured person. That is rarely the intended figure, and publishing it can \
                disclose information about individuals.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by jaar, respondent_id
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Group by a characteristic instead (panel, opleiding, leeftijdsgroep):

                    group by jaar, panel

                If the column is no identifier at all, such as a score named \
                `tevredenheid` (which contains "id"), the warning does not apply.
                """)
        case .weightWithoutSuppression: Explanation(
            what: """
                The indicator uses a weighted survey sample (a dataset with `weight`) but \
                turns suppression off with `minimum n 0`.
                """,
            why: """
                Weighted figures from a handful of respondents are unreliable, and \
                publishing small cells of a survey can reveal who answered what. \
                Suppression withholds such cells.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers     # a dataset with weight gewicht
                  breakdown opleiding, leeftijdsgroep
                  measure share(portaal_gebruik = "ja")
                  minimum n 0
                }
                """,
            fix: """
                Remove `minimum n 0` to use the default, or set a threshold (and consider \
                `reliability nchs`):

                    minimum n 50
                """)
        case .filterNeverTrue: Explanation(
            what: """
                No row can pass the indicator's filters: the conditions contradict each \
                other. Several `filter` clauses must all hold at once.
                """,
            why: """
                The indicator would have no data and every cell would be empty. Usually \
                `and` was written where `or` was meant.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  filter jaar > 2025 and jaar < 2020
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Write the condition you mean, for example with `or`, `between` or `in`:

                    filter jaar < 2020 or jaar > 2025
                    filter jaar between 2020 and 2025
                """)
        case .duplicateClause: Explanation(
            what: """
                A clause that may appear once is given twice with the same value. (With \
                different values it is error E0207.)
                """,
            why: """
                The repeat changes nothing, but it is often a copy-and-paste leftover \
                where the second clause was meant to say something else.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                  minimum n 50
                  minimum n 50
                }
                """,
            fix: "Delete one of the two clauses, or change it to what was meant.")
        case .comparisonWithMissingCode: Explanation(
            what: """
                A column is compared with one of its `missing(...)` codes, such as \
                `= "weet niet"`. Those codes are read as missing values, so the column \
                never holds them.
                """,
            why: """
                A comparison with a missing value is never true: the share would silently \
                be 0% and the filter would keep no rows.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column portaal_gebruik: category("ja", "nee") missing("weet niet", "")
                }
                indicator portaal_weet_niet {
                  source zorggebruikers
                  measure share(portaal_gebruik = "weet niet")
                }
                """,
            fix: """
                Use `is missing` (this counts empty answers too); or, if "weet niet" is a \
                real answer to report, move it from `missing(...)` to the levels.

                    measure share(portaal_gebruik is missing)
                """)
        case .unitContradiction: Explanation(
            what: """
                The `unit` does not fit the measure, such as `unit count` on a `share`, or \
                `unit percent` on a mean score.
                """,
            why: """
                Displays format the value by its unit: a share of 0.64 shown as a count \
                reads as "0.64 people", and a mean of 6.1 shown as a percentage as 610%.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                  unit count
                }
                """,
            fix: """
                Remove the `unit` clause (indc infers it from the measure) or correct it:

                    unit percent
                """)
        case .surveySettingOnCensus: Explanation(
            what: """
                An indicator asks for a confidence interval (`interval`) or a reliability \
                standard (`reliability nchs`) although its dataset is a census: it has \
                neither `weight` nor `sample`.
                """,
            why: """
                A census (a registry, claims) counts everyone: its figures are exact and get \
                no standard error, interval or reliability verdict, so the clause has no \
                effect. Usually the dataset is a survey whose design was not declared.
                """,
            example: """
                dataset registratie {
                  file "data/registratie.csv"
                  column jaar: integer
                  column digitaal: boolean
                }
                indicator digitaal_aandeel {
                  source registratie
                  measure share(digitaal)
                  interval beta
                }
                """,
            fix: """
                If the data is a survey sample, declare its design in the dataset: \
                `weight gewicht` (or `sample` without weights, and `strata panel` when \
                panels were sampled separately). Otherwise remove the clause.
                """)
        default: nil
        }
    }
}
