/// How names and strings are written in `.ind` source so that the lexer reads them back unchanged.
///
/// Used by tools that write source, such as `indc infer`, which turns CSV headers and values into
/// `column` clauses and category levels.
public enum Spelling {
    /// Whether `name` lexes as one identifier that is not a keyword (`opleiding`, `patiëntportaal_2024`).
    public static func isBareName(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), CharacterClass.startsIdentifier(first) else { return false }
        while let scalar = scalars.next() {
            guard CharacterClass.continuesIdentifier(scalar) else { return false }
        }
        return Keyword(rawValue: name) == nil
    }

    /// The name as source text: bare when it can be (`jaar`), else in backticks (`` `leeftijd (jaren)` ``,
    /// `` `source` ``); nil when no spelling reads back as it (empty, or holding a backtick or a line break).
    public static func name(_ name: String) -> String? {
        if isBareName(name) { return name }
        guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0 == "`" || $0 == "\n" || $0 == "\r" }) else { return nil }
        return "`\(name)`"
    }

    /// A bare name made from any text (a file name): lower-cased, every run of characters that
    /// cannot continue a name replaced by `_`, `_` trimmed from both ends, and `data_` before a
    /// leading digit; a keyword gets `_data` after it, and text with nothing left gives `data`.
    public static func identifier(from text: String) -> String {
        var name = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterClass.continuesIdentifier(scalar) { name.unicodeScalars.append(scalar) }
            else if !name.hasSuffix("_") { name += "_" }
        }
        name = String(name.drop { $0 == "_" }.reversed().drop { $0 == "_" }.reversed())
        guard let first = name.unicodeScalars.first else { return "data" }
        if !CharacterClass.startsIdentifier(first) { name = "data_" + name }
        return Keyword(rawValue: name) == nil ? name : name + "_data"
    }

    /// The text as a string literal with the escapes `\"` `\\` `\n` `\t`; nil when it holds a carriage
    /// return, which no string literal can express.
    public static func string(_ text: String) -> String? {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\t": literal += "\\t"
            case "\r": return nil
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
