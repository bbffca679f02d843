import IndcDiagnostics
import IndcSyntax

/// Names that become file names: an indicator's results go to `NAME.csv`, a dataset's skipped rows
/// to `NAME.rejected.csv`. A name that is not a plain file name (a path, a control character, a
/// name Windows reserves, one too long) is an error, and so are two names whose files would be the
/// same file on a case-insensitive file system.
enum OutputNames {
    /// The longest name, in UTF-8 bytes: room for `.rejected.csv` and a temporary prefix within
    /// the 255 bytes most file systems allow.
    static let maximumLength = 200

    private static let reservedOnWindows = Set(["con", "prn", "aux", "nul"])
        .union((1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Why `name` cannot be (part of) a file name, or nil when it can.
    static func fileNameProblem(_ name: String) -> String? {
        if let control = name.unicodeScalars.first(where: TerminalText.isControl) {
            return "it contains the control character U+\(hex(control.value))"
        }
        if let separator = name.first(where: { "/\\".contains($0) }) { return "it contains `\(separator)`, a folder separator" }
        if name.hasPrefix(".") { return "it starts with `.` (a hidden file, or a path to a parent folder)" }
        if let character = name.first(where: { "<>:\"|?*".contains($0) }) { return "it contains `\(character)`, which Windows does not allow in file names" }
        if name.hasSuffix(" ") { return "it ends with a space, which Windows drops from file names" }
        if reservedOnWindows.contains(String(name.prefix { $0 != "." }).lowercased()) {
            return "`\(name.prefix { $0 != "." })` is a device name that Windows reserves"
        }
        if name.utf8.count > maximumLength { return "it is \(name.utf8.count) bytes long; file names allow \(maximumLength)" }
        return nil
    }

    /// Diagnostics for declarations whose names cannot be file names or whose files would clash.
    static func check(_ declarations: [Declaration]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var files: [String: (name: Name, file: String)] = [:]
        for declaration in declarations {
            let name = declaration.name
            if let problem = fileNameProblem(name.text) {
                diagnostics.append(Diagnostic(
                    .unsafeFileName, "the name `\(name.text)` cannot be used as a file name: \(problem)",
                    at: Annotation(name.span, "not a file name"),
                    help: ["results are written to a file named after each indicator (and `DATASET.rejected.csv`): use letters, digits, `_`, `-` or spaces"]))
                continue
            }
            let file = if case .dataset = declaration { "\(name.text).rejected.csv" } else { "\(name.text).csv" }
            if let earlier = files[file.lowercased()] {
                diagnostics.append(Diagnostic(
                    .fileNameClash, "`\(name.text)` would write \(file), the same file as `\(earlier.name.text)` (\(earlier.file))",
                    at: Annotation(name.span, "writes \(file)"), secondary: [Annotation(earlier.name.span, "writes \(earlier.file)")],
                    help: [file == earlier.file
                        ? "a dataset's skipped rows go to DATASET.rejected.csv: rename the indicator"
                        : "file names that differ only in upper and lower case are one file on Windows and macOS: rename one of them"]))
                continue
            }
            files[file.lowercased()] = (name, file)
        }
        return diagnostics
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// The columns every result table has besides its `group by` columns (LANGUAGE.md "Results").
public enum ResultColumns {
    /// Before the group columns.
    public static let leading = ["indicator"]
    /// After the group columns.
    public static let breakdown = ["breakdown", "breakdown_value"]
    /// After the breakdown (and a distribution's level) column.
    public static let values = ["value", "numerator", "denominator", "n", "suppressed", "se", "ci_low", "ci_high", "df", "n_eff",
                                "previous", "change", "change_se", "change_p", "change_significant",
                                "target", "target_met", "target_status", "target_gap", "reliability", "note"]
    /// Every fixed column: a group column may not be named like one of these.
    public static let all = Set(leading + breakdown + values)
}
