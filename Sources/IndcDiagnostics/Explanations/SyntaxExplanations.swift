// Explanations of the first syntax errors (E0101-E0106): the characters of a
// `.ind` file could not be read as the language's words, texts and numbers.
// The errors in how those words form clauses are in `ClauseExplanations.swift`.

extension DiagnosticCode {
    /// The explanation of a character-level syntax code (E0101-E0106), or `nil`.
    static func tokenExplanation(_ code: DiagnosticCode) -> Explanation? {
        switch code {
        case .invalidUTF8: Explanation(
            what: """
                The file contains bytes that are not valid UTF-8 text. indc reads every \
                `.ind` file as UTF-8, the standard encoding for text files. The message \
                points at the first byte it could not read.
                """,
            why: """
                indc would have to guess which character was meant. A wrong guess changes \
                names and category levels ("patiëntportaal" becomes "patiÃ«ntportaal"), \
                so a comparison could silently never match the data.
                """,
            example: """
                # Saved as Windows-1252 by an old editor: the ë below is the single
                # byte EB, which is not valid UTF-8.
                indicator portaal_gebruik {
                  title "Gebruik patiëntportaal"
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Save the `.ind` file again as UTF-8 (in most editors: "Save as", then \
                encoding "UTF-8"). Only the `.ind` files must be UTF-8: a CSV data file \
                may stay in another encoding if its dataset says so:

                    encoding "windows-1252"
                """)
        case .unexpectedCharacter: Explanation(
            what: """
                indc found a character that cannot begin anything in the language, such as \
                curly quotes (“ ”), single quotes ('), `&`, `€` or `;` outside a string.
                """,
            why: """
                The character has no meaning here, so indc cannot tell what you intended. \
                Curly quotes often come in when text is copied from Word or an e-mail.
                """,
            example: """
                indicator portaal_gebruik {
                  title “Gebruik patiëntportaal”
                  source zorggebruikers
                  filter panel = 'chronisch zieken'
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: """
                Write text between straight double quotes ("), write `and` instead of `&`, \
                and put other symbols inside a string or a comment (after `#`):

                    title "Gebruik patiëntportaal"
                    filter panel = "chronisch zieken"
                """)
        case .unterminatedString: Explanation(
            what: """
                A text value starts with a double quote (") but has no closing quote on \
                the same line. A text cannot run over several lines; a line break inside \
                it is written \\n.
                """,
            why: """
                Without the closing quote indc cannot tell where the text ends, and the \
                clauses that follow would become part of it.
                """,
            example: """
                indicator portaal_gebruik {
                  title "Gebruik patiëntportaal
                  source zorggebruikers
                  measure share(portaal_gebruik = "ja")
                }
                """,
            fix: #"""
                Add the closing quote at the end of the text. A double quote inside a \#
                text is written with a backslash before it: \".

                    title "Gebruik patiëntportaal"
                """#)
        case .invalidEscape: Explanation(
            what: #"""
                Inside a text value a backslash (\) starts a special character: \" is a \#
                quote, \\ a backslash, \n a new line and \t a tab. Here the backslash is \#
                followed by something else.
                """#,
            why: #"""
                indc does not know which character you meant. This happens most often with \#
                Windows paths such as "data\zorggebruikers.csv", where \z is not a special \#
                character.
                """#,
            example: #"""
                dataset zorggebruikers {
                  file "data\zorggebruikers.csv"
                  column jaar: integer
                }
                """#,
            fix: #"""
                Write paths with forward slashes; they work on Windows too. Or double \#
                every backslash.

                    file "data/zorggebruikers.csv"
                """#)
        case .invalidQuotedName: Explanation(
            what: """
                A name between backticks is empty, or its closing backtick is missing. \
                Backticks are for names that are not plain words, such as a CSV header \
                with spaces or brackets.
                """,
            why: """
                Without the closing backtick indc cannot tell where the name ends; an \
                empty name (``) cannot refer to any column.
                """,
            example: """
                dataset zorggebruikers {
                  file "data/zorggebruikers.csv"
                  column `leeftijd (jaren): integer
                }
                """,
            fix: """
                Close the name with a backtick right after its last character, and write \
                it exactly as in the CSV header:

                    column `leeftijd (jaren)`: integer
                """)
        case .malformedNumber: Explanation(
            what: """
                A number is not written in a form indc understands. Numbers are written \
                like 42, 3.5 or -1, with a point as the decimal sign and no thousands \
                separators; 70% means 0.70.
                """,
            why: """
                A number such as 1.000.000 could mean one million (Dutch notation) or be a \
                typing mistake; indc does not guess, because a wrong number would change \
                every result.
                """,
            example: """
                indicator declaraties_per_miljoen {
                  title "Declaraties beeldbellen per miljoen verzekerden"
                  source declaraties
                  measure count(where beeldbellen) / distinct(verzekerde_id) per 1.000.000
                }
                """,
            fix: """
                Write the number without thousands separators, with a point for decimals. \
                This holds in `.ind` files whatever the `decimal` setting of the data file.

                    measure count(where beeldbellen) / distinct(verzekerde_id) per 1000000
                """)
        default: nil
        }
    }
}
