import IndcDiagnostics
import IndcSyntax

/// The reading settings of a dataset (file, delimiter, decimal mark, encoding) and its design.
struct DatasetSettings {
    let syntax: DatasetSyntax
    var path: StringLiteral?
    var delimiter = UInt8(ascii: ",")
    var decimalMark = UInt8(ascii: ".")
    var encoding = TextEncoding.utf8
    var weight: Name?
    var strata: Name?
    var isSample = false
    var minimumN: Int?
    var skipsBadRows = false
    var headerLine = 1
    var intervalMethod = "logit"
    var intervalLevel = 0.95
    var diagnostics: [Diagnostic] = []

    init(syntax: DatasetSyntax) {
        self.syntax = syntax
    }

    private static let delimiters: [String: UInt8] = [",": 0x2C, ";": 0x3B, "tab": 0x09, "\t": 0x09, "|": 0x7C]
    private static let encodings: [String: TextEncoding] = [
        "utf-8": .utf8, "utf8": .utf8, "latin-1": .latin1, "latin1": .latin1, "iso-8859-1": .latin1,
        "windows-1252": .windows1252, "cp1252": .windows1252,
    ]

    mutating func read(_ single: [String: Clause<DatasetClause>]) {
        for clause in single.values.sorted(by: { $0.span.range.lowerBound < $1.span.range.lowerBound }) {
            switch clause.body {
            case .file(let literal):
                if literal.value.isEmpty { invalid(literal.span, "the file path is empty", help: "write the path of the CSV file: file \"data/\(syntax.name.text).csv\"") }
                else { path = literal }
            case .delimiter(let literal):
                if let byte = Self.delimiters[literal.value] { delimiter = byte }
                else { invalid(literal.span, "unsupported delimiter \"\(literal.value)\"", help: "the delimiters are \",\", \";\", \"tab\" and \"|\"") }
            case .decimal(let literal):
                if literal.value == "." || literal.value == "," { decimalMark = UInt8(ascii: literal.value == "." ? "." : ",") }
                else { invalid(literal.span, "unsupported decimal mark \"\(literal.value)\"", help: "the decimal mark is \".\" or \",\"") }
            case .encoding(let literal):
                if let known = Self.encodings[literal.value.lowercased()] { encoding = known }
                else {
                    invalid(literal.span, "unsupported encoding \"\(literal.value)\"",
                            help: Suggestion.didYouMean(literal.value, among: ["utf-8", "latin-1", "windows-1252"]) { "\"\($0)\"" }
                                ?? "the encodings are \"utf-8\", \"latin-1\" and \"windows-1252\"")
                }
            case .weight(let name): weight = name
            case .strata(let name): strata = name
            case .sample: isSample = true
            case .interval(let method, let level):
                IntervalSetting.check(method, level, &diagnostics, method: &intervalMethod, level: &intervalLevel)
            case .minimumN(let literal): minimumN = Self.minimumN(literal, &diagnostics)
            case .onError(let policy): skipsBadRows = policy.text == "skip"
            case .headerLine(let literal):
                if literal.isInteger, literal.value >= 1, literal.value <= 1e6 { headerLine = Int(literal.value) }
                else { invalid(literal.span, "`header line` must be a whole number from 1 to 1,000,000", help: "write the physical line the column names are on: header line 14") }
            case .column, .derive, .display: break
            }
        }
        if delimiter == decimalMark, let clause = single["decimal"] {
            invalid(clause.span, "the decimal mark is the same as the delimiter", help: "files with decimal commas use delimiter \";\"")
        }
    }

    private mutating func invalid(_ span: Span, _ message: String, help: String) {
        diagnostics.append(Diagnostic(.invalidSetting, message, at: Annotation(span), help: [help]))
    }

    /// A `minimum n` value: a whole number of at least 0.
    static func minimumN(_ literal: NumberLiteral, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard literal.isInteger, literal.value >= 0, literal.value <= 1e9 else {
            diagnostics.append(Diagnostic(.invalidSetting, "`minimum n` must be a whole number from 0 to 1,000,000,000", at: Annotation(literal.span),
                                          help: ["write `minimum n 10`, or `minimum n 0` to turn suppression off"]))
            return nil
        }
        return Int(literal.value)
    }
}
