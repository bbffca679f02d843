import IndcSemantics

/// The order of result rows (LANGUAGE.md): by the group values — category levels in declared order,
/// numbers ascending, false before true, dates ascending, text by its UTF-8 bytes, missing last —
/// then the total before the breakdown dimensions in declared order, then the breakdown value,
/// then the distribution level.
struct ResultOrdering {
    private let groupOrders: [ValueOrder]
    private let breakdownOrders: [String: ValueOrder]
    private let breakdowns: [String]
    private let levelOrder: ValueOrder

    init(indicator: Indicator, dataset: Dataset, levels: [Value]) {
        groupOrders = indicator.groupBy.map { ValueOrder(dataset.type(of: $0)) }
        breakdowns = indicator.breakdown
        breakdownOrders = Dictionary(uniqueKeysWithValues: indicator.breakdown.map { ($0, ValueOrder(dataset.type(of: $0))) })
        levelOrder = ValueOrder(levels: levels)
    }

    func sorted(_ rows: [ResultRow]) -> [ResultRow] {
        rows.sorted(by: precedes)
    }

    private func precedes(_ a: ResultRow, _ b: ResultRow) -> Bool {
        for (index, order) in groupOrders.enumerated() {
            if let result = order.compare(a.groups[index], b.groups[index]) { return result }
        }
        let setA = a.breakdown.flatMap(breakdowns.firstIndex(of:)).map { $0 + 1 } ?? 0
        let setB = b.breakdown.flatMap(breakdowns.firstIndex(of:)).map { $0 + 1 } ?? 0
        if setA != setB { return setA < setB }
        if let dimension = a.breakdown, let order = breakdownOrders[dimension],
           let result = order.compare(a.breakdownValue, b.breakdownValue) { return result }
        if let levelA = a.level, let levelB = b.level, let result = levelOrder.compare(levelA, levelB) { return result }
        return false
    }
}

/// How the values of one column are ordered.
struct ValueOrder {
    private let ranks: [Value: Int]

    init(_ type: ValueType?) {
        if case .category(let labels)? = type {
            ranks = Dictionary(uniqueKeysWithValues: labels.enumerated().map { (Value.text($1), $0) })
        } else {
            ranks = [:]
        }
    }

    init(levels: [Value]) {
        ranks = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
    }

    /// Whether `a` comes before `b`, or nil when they are equal in this order.
    func compare(_ a: Value, _ b: Value) -> Bool? {
        if a == b { return nil }
        if a.isMissing || b.isMissing { return b.isMissing }
        if let rankA = ranks[a], let rankB = ranks[b] { return rankA < rankB }
        switch (a, b) {
        case (.text(let x), .text(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
        case (.boolean(let x), .boolean(let y)): return !x && y
        default:
            guard let order = Value.order(a, b), order != 0 else { return nil }
            return order < 0
        }
    }
}
