/// How an indicator's results are shown by the presentation formats (csv-nl, xlsx, `indc show`,
/// the dashboard): written with `display` clauses in the dataset or the indicator, the
/// indicator's own settings over its dataset's (Grammar/README.md "Presentation").
/// The machine formats (csv, json) ignore it and keep full precision.
public struct Presentation: Sendable, Equatable {
    /// The forms a value is shown in.
    public enum Form: String, Sendable {
        /// A proportion times 100 with a `%` sign: 63.7%.
        case percent
        /// A proportion as it is computed: 0.637.
        case proportion
        /// A plain number.
        case number
    }

    /// The written form, or nil to follow the unit (percent for proportions, else a number).
    public var form: Form?
    /// The written number of decimals, or nil for the unit's default.
    public var decimals: Int?
    /// The written label of a missing group value, or nil for the vocabulary's (`onbekend`).
    public var missingLabel: String?
    /// Display labels per column: the value as the data codes it → the label shown.
    public var labels: [String: [String: String]]

    /// No settings: everything follows the unit and the vocabulary.
    public init(form: Form? = nil, decimals: Int? = nil, missingLabel: String? = nil, labels: [String: [String: String]] = [:]) {
        self.form = form
        self.decimals = decimals
        self.missingLabel = missingLabel
        self.labels = labels
    }

    /// These settings over `base` (an indicator's over its dataset's): each written setting wins; an
    /// indicator's labels of a column replace the dataset's of that column. A dataset's form applies
    /// only to the indicators it is meant for: `percent` and `proportion` to unit percent, `number`
    /// to the others.
    public func over(_ base: Presentation, unit: Unit) -> Presentation {
        var merged = base
        let baseFits = base.form.map { $0 == .number ? unit != .percent : unit == .percent } ?? true
        if !baseFits {
            merged.form = nil
            merged.decimals = nil
        }
        if let form { merged.form = form }
        if let decimals { merged.decimals = decimals }
        if let missingLabel { merged.missingLabel = missingLabel }
        merged.labels.merge(labels) { _, own in own }
        return merged
    }

    /// Whether a form suits a unit: percent and proportion only a proportion.
    public static func fits(_ form: Form, _ unit: Unit) -> Bool {
        form == .number || unit == .percent
    }

    /// The form the value is shown in.
    public func form(for unit: Unit) -> Form {
        form ?? (unit == .percent ? .percent : .number)
    }

    /// The decimals the value is shown with: as written, else 1 for percentages, rates, scores and
    /// averages, 0 for counts, 3 for proportions.
    public func decimals(for unit: Unit) -> Int {
        if let decimals { return decimals }
        switch (form(for: unit), unit) {
        case (.proportion, _): return 3
        case (_, .count): return 0
        default: return 1
        }
    }
}
