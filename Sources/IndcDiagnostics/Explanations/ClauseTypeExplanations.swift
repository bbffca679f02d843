// Explanations of the type errors in function arguments and clause values
// (E0311-E0320): bands, recodes and distributions written wrongly, settings
// outside their allowed values, and columns grouped in two ways at once.

extension DiagnosticCode {
    /// The explanation of an argument or clause-value code (E0311-E0320), or `nil`.
    static func clauseTypeExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .relativeTargetGroups: Explanation(
            what: """
                A relative target (`target >= 70% of OTHER`) refers to an indicator whose \
                `group by` or `breakdown` differs from this one's.
                """,
            why: """
                The target compares each cell with the same cell of the other indicator. \
                If one is split by year and panel and the other by year only, the cells \
                do not match up.
                """,
            example: """
                indicator digitaal_passend {
                  source zorgverleners
                  group by jaar, beroep
                  measure share(digitaal_passend)
                }
                indicator digitaal_geleverd {
                  source zorgverleners
                  group by jaar
                  measure share(digitaal_geleverd)
                  target >= 70% of digitaal_passend
                }
                """,
            fix: """
                Give both indicators the same `group by` and `breakdown`:

                    group by jaar, beroep
                """)
        case .invalidBands: Explanation(
            what: """
                `bands(x, b1, b2, ...)` is written wrongly: the boundaries must be numbers \
                in ascending order, and `x` must be a number column.
                """,
            why: """
                The bands are read from left to right ("18-39", "40-64", "65+"); \
                boundaries out of order or text values give no sensible groups.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column leeftijd: integer
                  derive leeftijdsgroep = bands(leeftijd, 65, 40, 18)
                }
                """,
            fix: """
                List the lower boundaries from small to large:

                    derive leeftijdsgroep = bands(leeftijd, 18, 40, 65)
                """)
        case .invalidRecode: Explanation(
            what: """
                `recode(x, ...)` is written wrongly: after the column come pairs \
                `value -> "label"`, and each value must fit the column's type (a number for \
                a number column, a text for a text column).
                """,
            why: """
                indc cannot tell which value becomes which label; and a value of the \
                wrong type can never occur in the column, so that pair would silently \
                never apply.
                """,
            example: """
                dataset zorgverleners {
                  file "data/zorgverleners.csv"
                  column werkdruk_score: integer
                  derive werkdruk = recode(werkdruk_score, 1 = "laag", 2 = "laag",
                                           3 = "gemiddeld", 4 = "hoog", 5 = "hoog")
                }
                """,
            fix: """
                Join each value to its label with an arrow `->`, and write the values as \
                the column holds them (here numbers, without quotes):

                    derive werkdruk = recode(werkdruk_score, 1 -> "laag", 2 -> "laag",
                                             3 -> "gemiddeld", 4 -> "hoog", 5 -> "hoog")
                """)
        case .invalidDistribution: Explanation(
            what: """
                `distribution(x)` is used inside a calculation, or over a column that is \
                not a category or yes/no column. `distribution` gives one result row per \
                answer, so it must be the whole measure.
                """,
            why: """
                A list of shares cannot be multiplied or divided as one number, and a \
                number column has no fixed list of answers to distribute over.
                """,
            example: """
                indicator tevredenheid_verdeling {
                  source zorggebruikers
                  measure distribution(tevredenheid) * 100
                }
                """,
            fix: """
                Use `distribution` alone; shares are proportions and displays show them as \
                percentages. For a number column, first make bands with `derive`.

                    measure distribution(tevredenheid)
                """)
        case .periodNotGrouped: Explanation(
            what: """
                `period X` names a column that is not one of the indicator's `group by` \
                columns.
                """,
            why: """
                `period` compares each row with the previous period's row; that needs one \
                row per period, which only `group by` gives.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by panel
                  period jaar
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Add the time column to `group by`:

                    group by jaar, panel
                """)
        case .invalidSetting: Explanation(
            what: """
                A setting has a value that is not allowed:
                - `delimiter`: ",", ";", "tab" or "|"
                - `encoding`: "utf-8", "latin-1" or "windows-1252"
                - `decimal`: "." or ","
                - `interval` level: between 50% and 99.9%
                - `per N`: N above 0
                - `minimum n`: 0 or more
                """,
            why: """
                With another value indc cannot read the data file correctly or compute the \
                figure you asked for.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  delimiter ";"
                  encoding "ansi"
                }
                """,
            fix: """
                Choose one of the allowed values; Excel's "ANSI" is "windows-1252":

                    encoding "windows-1252"
                """)
        case .weightNotNumeric: Explanation(
            what: "The `weight` column is not declared as `integer` or `number`.",
            why: """
                Each respondent counts with their weight in every figure; a weight must be \
                a number for that.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  weight gewicht
                  column gewicht: text
                }
                """,
            fix: """
                Declare the weight as a number; if the file writes decimals with a comma, \
                say so with `decimal`:

                    decimal ","
                    column gewicht: number
                """)
        case .missingCodeType: Explanation(
            what: """
                A code in `missing(...)` does not fit the column's type, such as a text \
                code on an integer column.
                """,
            why: """
                A number column can only hold numbers, so a text code can never match; \
                the answers you meant to exclude would not be treated as missing.
                """,
            example: """
                dataset zorgverleners {
                  file "data/zorgverleners.csv"
                  column werkdruk_score: integer missing("weet niet")
                }
                """,
            fix: """
                Write the code as it appears in the column; in number columns a code such \
                as 99 often stands for "weet niet":

                    column werkdruk_score: integer missing(99)
                """)
        case .duplicateLevel: Explanation(
            what: "A `category(...)` lists the same level twice.",
            why: """
                The levels set the order of the results; a level listed twice has no \
                single place, and is usually a typing mistake for another level.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column stelling_regie: category("oneens", "neutraal", "eens", "oneens")
                }
                """,
            fix: """
                List each level once, in the order the results should show:

                    column stelling_regie: category("oneens", "neutraal", "eens")
                """)
        case .overlappingGroups: Explanation(
            what: """
                A column appears both in `group by` and in `breakdown`, or twice in one of \
                them.
                """,
            why: """
                `group by` splits every result by the column; `breakdown` adds separate \
                results per column. Using both for one column asks for two contradictory \
                tables.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  group by jaar, panel
                  breakdown panel, opleiding
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Keep the column in one place: in `group by` if every figure must be split \
                by it, in `breakdown` if it is one of the separate splits.

                    group by jaar, panel
                    breakdown opleiding
                """)
        default: nil
        }
    }
}
