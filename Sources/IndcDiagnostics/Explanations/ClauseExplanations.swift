// Explanations of the syntax errors in how words form clauses (E0107-E0112):
// a clause or declaration that is incomplete, misspelt or unreasonably large.

extension DiagnosticCode {
    /// The explanation of a clause-level syntax code (E0107-E0112), or `nil`.
    static func clauseExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .unexpectedToken: Explanation(
            what: """
                The file does not follow the language's form at this point: indc expected \
                one thing (a value, a closing bracket, a comma, a clause) and found \
                another. The message names both.
                """,
            why: """
                indc cannot tell what the clause means, so it cannot check or compute the \
                indicator. The real mistake is often just before the place shown, for \
                example a bracket that was never closed on the line above.
                """,
            example: """
                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja"
                  minimum n 50
                }
                """,
            fix: """
                Add or remove what the message names; here the closing bracket:

                    measure share(portaal_gebruik = "ja")
                """)
        case .unknownClause: Explanation(
            what: """
                A line in a `dataset` or `indicator` starts with a word that is not one of \
                its clauses, often a misspelling or a Dutch word for an English keyword. \
                indc suggests the clause you probably meant.
                """,
            why: """
                indc cannot know what the line is for, so it cannot check or compute the \
                declaration as you intended.
                """,
            example: """
                indicator portaal_gebruik {
                  titel "Gebruik patiëntportaal"
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Use the clause's name as the language spells it (here `title`):

                    title "Gebruik patiëntportaal"
                """)
        case .unclosedBrace: Explanation(
            what: """
                A `dataset` or `indicator` opens with `{` but its closing `}` is missing. \
                indc assumes the declaration ends where the next `dataset` or `indicator` \
                begins and carries on checking from there.
                """,
            why: """
                Without the `}` indc cannot be sure which clauses belong to which \
                declaration, so it does not use the unfinished one.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column portaal_gebruik: category("ja", "nee")

                indicator portaal_gebruik {
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Add the `}` after the declaration's last clause:

                    dataset zorggebruikers {
                      file "data/zorggebruikers.csv"
                      column portaal_gebruik: category("ja", "nee")
                    }
                """)
        case .keywordAsName: Explanation(
            what: """
                A word that the language uses itself (a keyword such as `source`, \
                `period`, `unit`, `target`, `filter`, `weight`, `in` or `of`) is used as \
                the name of a column, dataset or indicator.
                """,
            why: """
                indc reads a keyword as the start of a clause or operator, so `group by \
                period` would be read as the `period` clause, not as your column.
                """,
            example: """
                dataset declaraties {
                  file "data/declaraties.csv"
                  column period: integer
                  column beeldbellen: boolean
                }
                """,
            fix: """
                Write the name between backticks, where it is declared and wherever it is \
                used. Or give a derived column a name that is not a keyword.

                    column `period`: integer
                    group by `period`
                """)
        case .nestingTooDeep: Explanation(
            what: """
                An expression is nested more than 256 levels deep: brackets within \
                brackets, or functions within functions. This nearly always comes from a \
                file written by a script.
                """,
            why: """
                indc refuses expressions this deep so that a generated file cannot make it \
                run out of memory. No indicator needs this depth.
                """,
            example: """
                # Written by a script that wraps every step in brackets,
                # 300 levels deep:
                indicator beeldbellen_gemeenten {
                  source declaraties
                  filter (((gemeente = "0363" or gemeente = "0599")
                          or gemeente = "0518") or ...
                  measure count(where beeldbellen)
                }
                """,
            fix: """
                Write the condition flat. A list of allowed values is one `in (...)`:

                    filter gemeente in ("0363", "0599", "0518")
                """)
        case .sourceTooLarge: Explanation(
            what: """
                The `.ind` file is larger than 4 MiB. `.ind` files describe indicators; \
                they are normally a few kilobytes.
                """,
            why: """
                A file this large is almost always data pasted into a declaration, or not \
                an indicator file at all (a CSV saved as `.ind`). indc stops rather than \
                spend minutes on it.
                """,
            example: """
                # postcodes.ind is 6 MiB: a script pasted every postcode of the
                # Netherlands into one filter.
                indicator beeldbellen_postcodes {
                  source declaraties
                  filter postcode in ("1011AB", "1011AC", "1011AD", "1011AE", ...)
                  measure count(where beeldbellen)
                }
                """,
            fix: """
                Keep data in the data files: add a column such as `regio` to the CSV and \
                filter on it. A large project can also be split over several `.ind` files \
                in the same folder; they share one set of names.

                    filter regio = "Noord"
                """)
        default: nil
        }
    }
}
