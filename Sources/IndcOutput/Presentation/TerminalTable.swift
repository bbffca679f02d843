/// A presented table as aligned text for a terminal (`indc show`): the indicator's name and title,
/// a header, a rule and the rows — text left, numbers right; a significant change marked `*`, withheld
/// cells in words; with colour (on a terminal only) the header bold, withheld cells dim and the target
/// status green, yellow or red. Columns too wide for `width` are shortened with `…`.
public struct TerminalTable {
    public let table: PresentedTable
    /// The width of the terminal, in characters.
    public let width: Int
    public let color: Bool

    public init(_ table: PresentedTable, width: Int, color: Bool) {
        self.table = table
        self.width = width
        self.color = color
    }

    /// The rendered table, ending in a newline.
    public var text: String {
        let vocabulary = table.vocabulary
        let significant = table.keys.firstIndex(of: "change_significant")
        let shown = table.keys.indices.filter { $0 != significant }
        let yes = vocabulary.yesNo(true)
        var cells = table.rows.map { row in
            shown.map { column -> String in
                let text = table.text(row[column])
                guard table.keys[column] == "change", let significant, table.text(row[significant]) == yes else { return text }
                return text + "*"
            }
        }
        let headers = shown.map { table.headers[$0] }
        let numeric = shown.map { column in table.rows.contains { if case .number = $0[column] { true } else { false } } }
        let widths = fitted(shown.indices.map { index in ([headers[index].count] + cells.map { $0[index].count }).max() ?? 0 })
        cells = cells.map { row in row.enumerated().map { Self.shorten($1, to: widths[$0]) } }
        var lines = [paint(table.indicator.name, "1") + (table.indicator.title.map { " — \($0)" } ?? "")]
        lines.append(line(headers.enumerated().map { Self.shorten($1, to: widths[$0]) }, widths, numeric, paint: { paint($1, "1") }))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(row, widths, numeric, paint: { paint($1, style(of: $1, key: table.keys[shown[$0]])) })) }
        if significant != nil {
            lines.append(vocabulary.language == .nl ? "* significante verandering" : "* significant change")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], _ widths: [Int], _ numeric: [Bool], paint: (Int, String) -> String) -> String {
        cells.enumerated().map { index, cell in
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            let painted = paint(index, cell)
            return numeric[index] ? padding + painted : painted + (index == cells.count - 1 ? "" : padding)
        }.joined(separator: "  ")
    }

    /// Column widths that fit `width`: the widest column loses characters first, down to 6.
    private func fitted(_ natural: [Int]) -> [Int] {
        var widths = natural
        while widths.reduce(0, +) + 2 * max(0, widths.count - 1) > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 6 {
            widths[widest] -= 1
        }
        return widths
    }

    private static func shorten(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    private func style(of text: String, key: String) -> String? {
        let vocabulary = table.vocabulary
        if text == vocabulary.withheld { return "2" }
        guard key == "target_status" else { return nil }
        switch text {
        case vocabulary.targetStatus("met"): return "32"
        case vocabulary.targetStatus("on track"): return "33"
        case vocabulary.targetStatus("off track"): return "31"
        default: return nil
        }
    }

    private func paint(_ text: String, _ code: String?) -> String {
        guard color, let code, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
