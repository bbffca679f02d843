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
        let high = table.keys.firstIndex(of: "ci_high")
        let shown = table.keys.indices.filter { $0 != significant && $0 != high }
        let yes = vocabulary.yesNo(true)
        var cells = table.rows.map { row in
            shown.map { column -> String in
                let text = Self.printable(table.text(row[column]))
                if table.keys[column] == "ci_low", let high {
                    return text.isEmpty ? "" : text + "\u{2013}" + table.text(row[high])
                }
                guard table.keys[column] == "change", let significant, table.text(row[significant]) == yes else { return text }
                return text + "*"
            }
        }
        let level = PresentedNumber.text(table.indicator.intervalLevel, shift: 2, decimals: 0)
        let headers = shown.map { column in
            switch table.keys[column] {
            case "ci_low": "\(level)%-interval"
            case "change": vocabulary.header("change")
            default: Self.printable(table.headers[column])
            }
        }
        let numeric = shown.map { column in table.rows.contains { if case .number = $0[column] { true } else { false } } }
        let natural = shown.indices.map { index in
            let cellWidth = cells.map { $0[index].count }.max() ?? 0
            return max(cellWidth, numeric[index] ? min(headers[index].count, max(cellWidth, 12)) : headers[index].count)
        }
        let keyCount = shown.firstIndex { table.keys[$0] == "value" } ?? 0
        let widths = fitted(natural, numeric: numeric, keyCount: keyCount)
        cells = cells.map { row in row.enumerated().map { Self.shorten($1, to: widths[$0]) } }
        var lines = [paint(Self.printable(table.indicator.name), "1") + (table.indicator.title.map { " — \(Self.printable($0))" } ?? "")]
        for (number, block) in blocks(widths, keyCount: keyCount).enumerated() {
            if number > 0 { lines.append("") }
            let pick = { (values: [String]) in block.map { values[$0] } }
            let blockWidths = block.map { widths[$0] }, blockNumeric = block.map { numeric[$0] }
            lines.append(line(pick(headers.enumerated().map { Self.shorten($1, to: widths[$0]) }), blockWidths, blockNumeric,
                              paint: { paint($1, "1") }))
            lines.append(blockWidths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            for row in cells {
                lines.append(line(pick(row), blockWidths, blockNumeric, paint: { paint($1, style(of: $1, key: table.keys[shown[block[$0]]])) }))
            }
        }
        if PresentedTable.style(table.indicator).percent, table.keys.contains("change") {
            lines.append(vocabulary.language == .nl ? "verandering in procentpunten" : "change in percentage points")
        }
        if significant != nil {
            lines.append(vocabulary.language == .nl ? "* significante verandering" : "* significant change")
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], _ widths: [Int], _ numeric: [Bool], paint: (Int, String) -> String) -> String {
        cells.enumerated().map { index, cell in
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            let painted = paint(index, cell)
            return numeric[index] ? padding + painted : painted + (index == cells.count - 1 ? "" : padding)
        }.joined(separator: "  ")
    }

    /// Column widths for `width`: the group columns (the first `keyCount`) take at most half of it,
    /// their widest text column losing characters first, down to 10; any other text column at most
    /// what remains beside them. Numbers are never shortened; what does not fit goes to another block.
    private func fitted(_ natural: [Int], numeric: [Bool], keyCount: Int) -> [Int] {
        var widths = natural
        let keys = Array(0..<keyCount)
        while Self.span(keys.map { widths[$0] }) > width / 2,
              let widest = keys.filter({ !numeric[$0] }).max(by: { widths[$0] < widths[$1] }), widths[widest] > 10 {
            widths[widest] -= 1
        }
        let room = max(10, width - Self.span(keys.map { widths[$0] }) - 2)
        for column in keyCount..<widths.count where !numeric[column] { widths[column] = min(widths[column], room) }
        return widths
    }

    /// The columns of each block of a table too wide for `width`: every block repeats the first
    /// `keyCount` columns (the groups) and takes as many of the others as fit.
    private func blocks(_ widths: [Int], keyCount: Int) -> [[Int]] {
        let keys = Array(0..<keyCount)
        var blocks: [[Int]] = []
        var current = keys
        for column in keyCount..<widths.count {
            if current.count > keyCount, Self.span((current + [column]).map { widths[$0] }) > width {
                blocks.append(current)
                current = keys
            }
            current.append(column)
        }
        return blocks + [current]
    }

    /// The width of columns side by side, two spaces apart.
    private static func span(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// Text with control characters (escape sequences a data file could smuggle into a terminal) shown as `�`.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
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
