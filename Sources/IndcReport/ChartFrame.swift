/// The geometry every chart shares: the plot area, the x positions of categories, the y scale,
/// and the gridlines, axis labels and target line drawn around the marks.
struct ChartFrame {
    static let width = 720.0
    static let height = 300.0
    static let left = 64.0
    static let right = 16.0
    static let top = 28.0
    static let bottom = 36.0

    let categories: [String]
    let scale: LinearScale
    let numbers: DisplayNumber

    init(categories: [String], values: [Double], proportion: Bool, numbers: DisplayNumber) {
        self.categories = categories
        self.numbers = numbers
        scale = LinearScale(covering: values, start: Self.height - Self.bottom, end: Self.top, proportion: proportion)
    }

    /// The width of one category's band.
    var band: Double { (Self.width - Self.left - Self.right) / Double(max(1, categories.count)) }

    /// The centre of category `index`.
    func x(_ index: Int) -> Double { Self.left + (Double(index) + 0.5) * band }

    /// The position of `value`.
    func y(_ value: Double) -> Double { scale.position(value) }

    /// Where zero (or the lowest value shown) lies: the base of bars.
    var baseline: Double { y(max(scale.lower, min(0, scale.upper))) }

    /// Gridlines with tick labels, the baseline, and the category labels.
    var axes: String {
        var svg = "<g class=\"grid\" aria-hidden=\"true\">"
        for tick in scale.ticks {
            let position = Markup.coordinate(y(tick))
            svg += "<line x1=\"\(Markup.coordinate(Self.left))\" x2=\"\(Markup.coordinate(Self.width - Self.right))\" y1=\"\(position)\" y2=\"\(position)\"/>"
            svg += "<text x=\"\(Markup.coordinate(Self.left - 8))\" y=\"\(position)\" dy=\"0.32em\" text-anchor=\"end\">\(Markup.escape(numbers.tick(tick, step: scale.step)))</text>"
        }
        let base = Markup.coordinate(baseline)
        svg += "<line class=\"base\" x1=\"\(Markup.coordinate(Self.left))\" x2=\"\(Markup.coordinate(Self.width - Self.right))\" y1=\"\(base)\" y2=\"\(base)\"/>"
        for (index, category) in categories.enumerated() where !category.isEmpty {
            svg += "<text x=\"\(Markup.coordinate(x(index)))\" y=\"\(Markup.coordinate(Self.height - Self.bottom + 20))\" text-anchor=\"middle\">\(Markup.escape(category))</text>"
        }
        return svg + "</g>"
    }

    /// The target: one dashed line across the plot when every cell shares it (labelled `label` in the
    /// top margin, after a dashed sample), else a short dashed tick at each cell's own target (relative targets).
    func target(_ marks: [(x: Double, width: Double, target: Double)], label: String) -> String {
        let values = Set(marks.map(\.target))
        guard let only = values.first else { return "" }
        var svg = "<g class=\"target\" aria-hidden=\"true\">"
        if values.count == 1 {
            let position = Markup.coordinate(y(only))
            svg += "<line x1=\"\(Markup.coordinate(Self.left))\" x2=\"\(Markup.coordinate(Self.width - Self.right))\" y1=\"\(position)\" y2=\"\(position)\"/>"
            let right = Self.width - Self.right
            svg += "<line x1=\"\(Markup.coordinate(right - 24))\" x2=\"\(Markup.coordinate(right))\" y1=\"10\" y2=\"10\"/>"
            svg += "<text x=\"\(Markup.coordinate(right - 30))\" y=\"10\" dy=\"0.32em\" text-anchor=\"end\">\(Markup.escape(label))</text>"
        } else {
            for mark in marks {
                let position = Markup.coordinate(y(mark.target))
                svg += "<line x1=\"\(Markup.coordinate(mark.x - mark.width / 2))\" x2=\"\(Markup.coordinate(mark.x + mark.width / 2))\" y1=\"\(position)\" y2=\"\(position)\"/>"
            }
        }
        return svg + "</g>"
    }

    /// The opening tag of a chart's SVG, named for assistive technology by `label`.
    static func open(_ label: String, kind: String) -> String {
        "<svg class=\"chart \(kind)\" viewBox=\"0 0 \(Markup.coordinate(width)) \(Markup.coordinate(height))\" role=\"group\" aria-label=\"\(Markup.escape(label))\">"
    }

    /// A focusable data mark's `<title>`: its tooltip and accessible name.
    static func title(_ text: String) -> String {
        "<title>\(Markup.escape(text))</title>"
    }
}
