/// What a drawn chart contains, so its legend explains only what is there.
struct ChartLegendNeeds: Equatable {
    var interval = false
    var significant = false
    var target = false
    /// The reasons cells were withheld or empty (`te weinig gegevens (n < 30)`), in first-seen order.
    var absences: [String] = []

    /// Adds what another panel of the same view needs.
    mutating func merge(_ other: ChartLegendNeeds) {
        interval = interval || other.interval
        significant = significant || other.significant
        target = target || other.target
        absences += other.absences.filter { !absences.contains($0) }
    }
}

/// Draws one panel as SVG: lines with interval bands, grouped bars with whiskers, or 100% stacked bars;
/// every cell a mark with a `<title>`, withheld cells as a hatched gap, significant changes marked.
struct ChartRenderer {
    let kind: ChartKind
    let numbers: DisplayNumber
    let describe: CellDescription
    /// The target line's label (`doel ≥ 70% in 2026`).
    let targetLabel: String

    /// The SVG of `panel`, named `label`, and what its legend needs.
    func render(_ panel: ChartPanel, label: String) -> (svg: String, needs: ChartLegendNeeds) {
        let cells = panel.series.flatMap { $0.cells.compactMap { $0 } }
        let values: [Double] = kind == .stacked ? [0, 1]
            : cells.flatMap { cell -> [Double] in [cell.value, cell.ciLow, cell.ciHigh, cell.value == nil ? nil : cell.target].compactMap { $0 } }
        let frame = ChartFrame(categories: panel.categories, values: values, proportion: numbers.unit == "percent" || kind == .stacked, numbers: numbers)
        var needs = ChartLegendNeeds()
        var marks = ""
        var targets: [(x: Double, width: Double, target: Double)] = []
        for (index, series) in panel.series.enumerated() {
            switch kind {
            case .line: marks += line(series, series.style, frame, &needs, &targets)
            case .bars: marks += bars(series, series.style, slot: index, of: panel.series.count, frame, &needs, &targets)
            case .stacked: break
            }
        }
        if kind == .stacked { marks += stacked(panel, frame, &needs) }
        needs.target = !targets.isEmpty
        let svg = ChartFrame.open(label, kind: "\(kind)") + frame.axes + frame.target(targets, label: targetLabel) + marks + "</svg>"
        return (svg, needs)
    }

    private func place(_ category: String, _ series: String) -> String {
        [category, series].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private func line(_ series: ChartSeries, _ index: Int, _ frame: ChartFrame, _ needs: inout ChartLegendNeeds,
                      _ targets: inout [(x: Double, width: Double, target: Double)]) -> String {
        var band = "", whiskers = "", path = "", points = ""
        var bounds: [(x: String, low: String, high: String)] = []
        var pen = "M"
        /// A run of intervals becomes a band; a lone one (its neighbours withheld) a whisker.
        func closeBand() {
            if bounds.count > 1 {
                band += "M" + bounds.map { "\($0.x),\($0.high)" }.joined(separator: "L") + "L" + bounds.reversed().map { "\($0.x),\($0.low)" }.joined(separator: "L") + "Z"
            } else if let only = bounds.first {
                whiskers += "M\(only.x),\(only.low)V\(only.high)m-4,0h8M\(only.x),\(only.low)m-4,0h8"
            }
            bounds = []
        }
        for (position, cell) in series.cells.enumerated() {
            let x = frame.x(position)
            guard let cell, let value = cell.value else {
                pen = "M"
                closeBand()
                if let cell { points += withheld(cell, at: x, width: 12, frame, place(frame.categories[position], series.label), &needs) }
                continue
            }
            let continues = pen == "L" || series.cells.dropFirst(position + 1).first??.value != nil
            if continues { path += "\(pen)\(Markup.coordinate(x)),\(Markup.coordinate(frame.y(value)))" }
            pen = "L"
            if let low = cell.ciLow, let high = cell.ciHigh {
                bounds.append((Markup.coordinate(x), Markup.coordinate(frame.y(low)), Markup.coordinate(frame.y(high))))
                needs.interval = true
            } else {
                closeBand()
            }
            if let target = cell.target { targets.append((x, 16, target)) }
            if cell.changeSignificant == true {
                needs.significant = true
                points += "<circle class=\"sig\" cx=\"\(Markup.coordinate(x))\" cy=\"\(Markup.coordinate(frame.y(value)))\" r=\"8.5\"/>"
            }
            points += SeriesStyle.marker(index, x: x, y: frame.y(value)) + " class=\"point\">"
                + ChartFrame.title(describe.sentence(cell, place: place(frame.categories[position], series.label)))
                + (index % 5 == 0 ? "</circle>" : "</path>")
        }
        closeBand()
        let colour = SeriesStyle.colour(index)
        let dash = SeriesStyle.dash(index).isEmpty ? "" : " stroke-dasharray=\"\(SeriesStyle.dash(index))\""
        return "<g class=\"series\" fill=\"\(colour)\">" + (band.isEmpty ? "" : "<path class=\"band\" d=\"\(band)\"/>")
            + (whiskers.isEmpty ? "" : "<path class=\"whisker\" d=\"\(whiskers)\"/>")
            + (path.isEmpty ? "" : "<path class=\"line\" stroke=\"\(colour)\"\(dash) d=\"\(path)\"/>") + points + "</g>"
    }

    private func bars(_ series: ChartSeries, _ index: Int, slot: Int, of count: Int, _ frame: ChartFrame, _ needs: inout ChartLegendNeeds,
                      _ targets: inout [(x: Double, width: Double, target: Double)]) -> String {
        let width = frame.band * 0.8 / Double(count)
        var svg = "<g class=\"series\">"
        for (position, cell) in series.cells.enumerated() {
            guard let cell else { continue }
            let x = frame.x(position) - frame.band * 0.4 + (Double(slot) + 0.5) * width
            let words = place(frame.categories[position], series.label)
            guard let value = cell.value else {
                svg += withheld(cell, at: x, width: width, frame, words, &needs)
                continue
            }
            let (top, bottom) = (min(frame.y(value), frame.baseline), max(frame.y(value), frame.baseline))
            svg += "<rect class=\"point\" x=\"\(Markup.coordinate(x - width / 2 + 0.5))\" y=\"\(Markup.coordinate(top))\" width=\"\(Markup.coordinate(max(1, width - 1)))\" height=\"\(Markup.coordinate(max(0.5, bottom - top)))\" fill=\"url(#\(SeriesStyle.pattern(index)))\">"
                + ChartFrame.title(describe.sentence(cell, place: words)) + "</rect>"
            var peak = frame.y(value)
            if let low = cell.ciLow, let high = cell.ciHigh {
                needs.interval = true
                let cap = Markup.coordinate(min(6, width / 3))
                let (xs, lowY, highY) = (Markup.coordinate(x), Markup.coordinate(frame.y(low)), Markup.coordinate(frame.y(high)))
                svg += "<path class=\"whisker\" d=\"M\(xs),\(lowY)V\(highY)m-\(cap),0h\(cap)h\(cap)M\(Markup.coordinate(x - min(6, width / 3))),\(lowY)h\(cap)h\(cap)\" aria-hidden=\"true\"/>"
                peak = min(peak, frame.y(high))
            }
            if let target = cell.target { targets.append((x, width, target)) }
            if cell.changeSignificant == true, let change = cell.change {
                needs.significant = true
                svg += "<text class=\"sig-mark\" x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(peak - 4))\" text-anchor=\"middle\" aria-hidden=\"true\">\(change > 0 ? "▲" : "▼")</text>"
            }
        }
        return svg + "</g>"
    }

    private func stacked(_ panel: ChartPanel, _ frame: ChartFrame, _ needs: inout ChartLegendNeeds) -> String {
        let width = frame.band * 0.6
        var svg = "<g class=\"series\">"
        for (position, category) in panel.categories.enumerated() {
            let x = frame.x(position)
            var total = 0.0
            let present = panel.series.compactMap { series in series.cells[position].map { (series.style, series.label, $0) } }
            if let first = present.first?.2, present.allSatisfy({ $0.2.value == nil }) {
                svg += withheld(first, at: x, width: width, frame, category, &needs)
                continue
            }
            for (index, label, cell) in present {
                guard let value = cell.value, value > 0 else { continue }
                let (top, bottom) = (frame.y(total + value), frame.y(total))
                total += value
                svg += "<rect class=\"point\" x=\"\(Markup.coordinate(x - width / 2))\" y=\"\(Markup.coordinate(top))\" width=\"\(Markup.coordinate(width))\" height=\"\(Markup.coordinate(max(0.5, bottom - top - 0.5)))\" fill=\"url(#\(SeriesStyle.pattern(index)))\">"
                    + ChartFrame.title(describe.sentence(cell, place: place(category, label))) + "</rect>"
            }
        }
        return svg + "</g>"
    }

    /// A withheld or empty cell: a hatched stub on the baseline, with the reason as its title.
    private func withheld(_ cell: ResultCell, at x: Double, width: Double, _ frame: ChartFrame, _ place: String, _ needs: inout ChartLegendNeeds) -> String {
        let reason = describe.absence(cell) ?? ""
        if !needs.absences.contains(reason) { needs.absences.append(reason) }
        let stub = min(10, max(4, width))
        return "<rect class=\"point withheld\" x=\"\(Markup.coordinate(x - stub / 2))\" y=\"\(Markup.coordinate(frame.baseline - 10))\" width=\"\(Markup.coordinate(stub))\" height=\"10\" fill=\"url(#withheld)\">"
            + ChartFrame.title((place.isEmpty ? "" : place + ": ") + reason) + "</rect>"
    }
}
