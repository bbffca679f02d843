/// How series are told apart, never by colour alone: each has a colour (all at least 4.5:1 against
/// white), and lines a marker shape and dash pattern, bars a fill pattern (stripes, dots, hatching).
enum SeriesStyle {
    /// The series colours, in order (Tailwind's 700 shades: dark enough for text contrast on white).
    static let colours = ["#1d4ed8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d", "#4d7c0f", "#475569"]
    /// How many distinct fill patterns there are.
    static let patternCount = 6
    private static let dashes = ["", "7 4", "2 3", "9 3 2 3"]

    /// The colour of series `index`.
    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// The `stroke-dasharray` of series `index` (empty: solid).
    static func dash(_ index: Int) -> String { dashes[index % dashes.count] }

    /// The fill pattern id of series `index` for bars.
    static func pattern(_ index: Int) -> String { "pat\(index % (colours.count * patternCount))" }

    /// A marker of series `index` centred at (x, y): circle, square, triangle, diamond or cross.
    static func marker(_ index: Int, x: Double, y: Double) -> String {
        let (cx, cy) = (Markup.coordinate(x), Markup.coordinate(y))
        let c = { (dx: Double, dy: Double) in "\(Markup.coordinate(x + dx)),\(Markup.coordinate(y + dy))" }
        switch index % 5 {
        case 0: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"4.5\""
        case 1: return "<path d=\"M\(c(-4, -4))H\(Markup.coordinate(x + 4))V\(Markup.coordinate(y + 4))H\(Markup.coordinate(x - 4))Z\""
        case 2: return "<path d=\"M\(c(0, -5.5))L\(c(5, 4))L\(c(-5, 4))Z\""
        case 3: return "<path d=\"M\(c(0, -6))L\(c(6, 0))L\(c(0, 6))L\(c(-6, 0))Z\""
        default: return "<path d=\"M\(c(-4.5, -1.5))H\(Markup.coordinate(x - 1.5))V\(Markup.coordinate(y - 4.5))H\(Markup.coordinate(x + 1.5))V\(Markup.coordinate(y - 1.5))H\(Markup.coordinate(x + 4.5))V\(Markup.coordinate(y + 1.5))H\(Markup.coordinate(x + 1.5))V\(Markup.coordinate(y + 4.5))H\(Markup.coordinate(x - 1.5))V\(Markup.coordinate(y + 1.5))H\(Markup.coordinate(x - 4.5))Z\""
        }
    }

    /// The page's shared `<defs>`: the fill patterns of the first `count` series, and the withheld hatching.
    static func definitions(count: Int) -> String {
        var defs = "<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>"
        for index in 0..<min(count, colours.count * patternCount) {
            let colour = colour(index)
            let mark: String
            switch index % patternCount {
            case 0: mark = ""
            case 1: mark = "<path d=\"M-2,2L2,-2M0,8L8,0M6,10L10,6\" stroke=\"#fff\" stroke-width=\"1.6\"/>"
            case 2: mark = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>"
            case 3: mark = "<path d=\"M0,4H8\" stroke=\"#fff\" stroke-width=\"1.6\"/>"
            case 4: mark = "<path d=\"M0,0L8,8M8,0L0,8\" stroke=\"#fff\" stroke-width=\"1.2\"/>"
            default: mark = "<path d=\"M4,0V8\" stroke=\"#fff\" stroke-width=\"1.6\"/>"
            }
            defs += "<pattern id=\"\(pattern(index))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"\(colour)\"/>\(mark)</pattern>"
        }
        defs += "<pattern id=\"withheld\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0,6L6,0\" stroke=\"#6b7280\" stroke-width=\"1.2\"/></pattern>"
        return defs + "</defs></svg>"
    }
}
