import IndcSemantics

/// Integers, numbers and dates read as the native engine reads them (`CSVNumber`, `CivilDate`), on
/// every engine alike: an integer is digits whose value fits 64 bits, leading zeros allowed; a number
/// whose magnitude rounds past the largest double is not a number, one that rounds to nothing is zero.
/// PostgreSQL stops a query on a double that over- or underflows, so there the order of magnitude of
/// the text decides, and exact decimal bounds near the two limits.
extension DatasetSource {
    /// Whether an integer field (already known to be digits) fits a BIGINT.
    func integerFits(_ field: String) -> String {
        guard dialect == .postgres else { return "(TRY_CAST(\(field) AS BIGINT) IS NOT NULL)" }
        let digits = "ltrim(regexp_replace(\(field), '^[+-]', ''), '0')"
        let largest = "(CASE WHEN \(field) LIKE '-%' THEN '9223372036854775808' ELSE '9223372036854775807' END)"
        return "(length(\(digits)) < 19 OR (length(\(digits)) = 19 AND \(dialect.byteOrder(digits)) <= \(largest)))"
    }

    /// Whether a number's text (already known to match the number pattern, `.` as decimal mark) is finite as a double.
    func numberFits(_ text: String) -> String {
        guard dialect == .postgres else { return "(abs(\(dialect.toDouble(text))) <= \(dialect.double(.greatestFiniteMagnitude)))" }
        let order = order(text)
        return "(CASE WHEN \(digits(text)) = '' THEN TRUE WHEN \(order) > 308 THEN FALSE "
            + "WHEN \(order) = 308 THEN \(normalized(text)) < CAST('\(Self.overflow)' AS NUMERIC) ELSE TRUE END)"
    }

    /// A fitting number's double: zero (with its sign) where the value is below the smallest double's half.
    func numberValue(_ text: String) -> String {
        guard dialect == .postgres else { return dialect.toDouble(text) }
        let order = order(text)
        let underflows = "(CASE WHEN \(digits(text)) = '' THEN FALSE WHEN \(order) < -324 THEN TRUE "
            + "WHEN \(order) = -324 THEN \(normalized(text)) <= CAST('\(Self.underflow)' AS NUMERIC) ELSE FALSE END)"
        return "(CASE WHEN \(underflows) THEN CAST(CASE WHEN \(text) LIKE '-%' THEN '-0' ELSE '0' END AS DOUBLE PRECISION) "
            + "ELSE \(dialect.toDouble(text)) END)"
    }

    /// Whether a date field (`yyyy-mm-dd`) is in year 0, which `indc run` reads and the engines do not
    /// (PostgreSQL has no year 0, DuckDB writes it as 1 BC): such a field stops the query.
    func yearZero(_ field: String, column: Column) -> String {
        let message = dialect.concat([dialect.string("\(dataset.name): column \(column.name): \""), field,
                                      dialect.string("\": year 0 is not read alike by SQL engines; compute it with indc run")])
        return "(CASE WHEN substr(\(field), 1, 4) = '0000' THEN \(dialect.failure(message)) IS NULL ELSE FALSE END)"
    }

    /// The smallest magnitude that rounds to infinity: 2^1024 - 2^970.
    static let overflow = "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"
    /// The largest magnitude that rounds to zero: 2^-1075.
    static let underflow = "24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-1075"

    private func mantissa(_ text: String) -> String { "regexp_replace(split_part(lower(\(text)), 'e', 1), '^[+-]', '')" }

    /// The significant digits (no leading zeros; empty for zero).
    private func digits(_ text: String) -> String {
        "ltrim(replace(\(mantissa(text)), '.', ''), '0')"
    }

    /// The power of ten of the first significant digit (the written exponent capped at a million).
    private func order(_ text: String) -> String {
        let exponentText = "split_part(lower(\(text)), 'e', 2)"
        let exponentDigits = "ltrim(regexp_replace(\(exponentText), '^[+-]', ''), '0')"
        let exponent = "(CASE WHEN length(\(exponentDigits)) > 6 THEN 1000000 ELSE CAST('0' || \(exponentDigits) AS INTEGER) END "
            + "* CASE WHEN \(exponentText) LIKE '-%' THEN -1 ELSE 1 END)"
        let whole = "ltrim(split_part(\(mantissa(text)), '.', 1), '0')"
        let fraction = "split_part(\(mantissa(text)), '.', 2)"
        return "(CASE WHEN \(whole) <> '' THEN length(\(whole)) - 1 ELSE length(ltrim(\(fraction), '0')) - length(\(fraction)) - 1 END + \(exponent))"
    }

    /// The value as an exact decimal `d.ddd…e<order>` of at most 1000 digits (more cannot cross either bound).
    private func normalized(_ text: String) -> String {
        let digits = digits(text)
        return "CAST(substr(\(digits), 1, 1) || '.' || substr(\(digits), 2, 999) || 'e' || CAST(\(order(text)) AS TEXT) AS NUMERIC)"
    }
}
