/// Whether withheld quantities are determined exactly by published ones: a withheld quantity's atom
/// set lies in the span of the published quantities' atom sets, decided by Gaussian elimination in
/// exact integer arithmetic (fraction-free rows, divided by their gcd), never a floating-point rank.
///
/// Atoms that every quantity covers alike are one column, and the columns fall into independent
/// components (no quantity covers two), each eliminated on its own.
struct SpanAudit {
    /// Per quantity vector: its columns (atom classes), ascending.
    private let columns: [[Int]]
    /// The components: their vectors, ascending, and their number of columns (local column = position in `componentColumns`).
    let components: [[Int]]
    private let componentColumns: [[Int]]

    /// A withheld vector that the published ones determine, with the published vectors in one
    /// combination that gives it (any of them withheld breaks that combination). The elimination is
    /// sparse: a row keeps only its non-zero coefficients, pivots are leading columns.
    struct Finding: Equatable {
        let vector: Int
        let combination: [Int]
    }

    /// Elimination overflowed 64-bit integers in a component.
    struct Overflow: Error {}

    init(vectors: [[Int32]]) {
        var members: [Int32: [Int]] = [:]
        for (vector, atoms) in vectors.enumerated() { for atom in atoms { members[atom, default: []].append(vector) } }
        var classes: [[Int]: Int] = [:]
        var columns = Array(repeating: [Int](), count: vectors.count)
        for atom in members.keys.sorted() {
            let owners = members[atom]!
            guard classes[owners] == nil else { continue }
            classes[owners] = classes.count
            for vector in owners { columns[vector].append(classes.count - 1) }
        }
        self.columns = columns
        var parent = Array(0..<classes.count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for vector in columns where vector.count > 1 { for column in vector.dropFirst() { parent[root(column)] = root(vector[0]) } }
        var byRoot: [Int: Int] = [:]
        var components: [[Int]] = []
        var componentColumns: [[Int]] = []
        for column in 0..<classes.count where byRoot[root(column)] == nil {
            byRoot[root(column)] = components.count
            components.append([])
            componentColumns.append([])
        }
        for column in 0..<classes.count { componentColumns[byRoot[root(column)]!].append(column) }
        for (vector, vectorColumns) in columns.enumerated() where !vectorColumns.isEmpty {
            components[byRoot[root(vectorColumns[0])]!].append(vector)
        }
        self.components = components
        self.componentColumns = componentColumns
    }

    /// A sparse row: (column, coefficient) pairs by ascending column, atom columns first, then one
    /// column per published vector (`atomColumns + position`) tracking the combination.
    private typealias Row = [(column: Int, value: Int)]

    /// The withheld vectors of the component that the published ones determine (each with one
    /// combination that gives it), in order; throws on overflow.
    func determined(component: Int, published: [Bool], withheld: [Bool]) throws(Overflow) -> [Finding] {
        guard components[component].contains(where: { withheld[$0] }) else { return [] }
        let local = Dictionary(uniqueKeysWithValues: componentColumns[component].enumerated().map { ($1, $0) })
        let shown = components[component].filter { published[$0] }
        let atomColumns = local.count
        var basis: [Int: Row] = [:]
        func reduce(_ row: inout Row) throws(Overflow) {
            while let lead = row.first, lead.column < atomColumns, let base = basis[lead.column] {
                row = try combine(row, lead.value, base, base[0].value)
            }
        }
        for (position, vector) in shown.enumerated() {
            var row: Row = columns[vector].map { (local[$0]!, 1) }.sorted { $0.column < $1.column }
            row.append((atomColumns + position, 1))
            try reduce(&row)
            if let lead = row.first, lead.column < atomColumns { basis[lead.column] = row }
        }
        var findings: [Finding] = []
        for vector in components[component] where withheld[vector] {
            var row: Row = columns[vector].map { (local[$0]!, 1) }.sorted { $0.column < $1.column }
            try reduce(&row)
            guard row.first.map({ $0.column >= atomColumns }) ?? true else { continue }
            findings.append(Finding(vector: vector, combination: row.map { shown[$0.column - atomColumns] }))
        }
        return findings
    }

    /// `row · b − base · a`, which cancels the leading column (`a` is the row's coefficient there, `b`
    /// the base's), divided by the gcd of its coefficients.
    private func combine(_ row: Row, _ a: Int, _ base: Row, _ b: Int) throws(Overflow) -> Row {
        var result: Row = []
        result.reserveCapacity(row.count + base.count)
        var i = 0, j = 0
        while i < row.count || j < base.count {
            let column: Int
            var left = 0, right = 0
            if j == base.count || (i < row.count && row[i].column < base[j].column) {
                column = row[i].column; left = row[i].value; i += 1
            } else if i == row.count || base[j].column < row[i].column {
                column = base[j].column; right = base[j].value; j += 1
            } else {
                column = row[i].column; left = row[i].value; right = base[j].value; i += 1; j += 1
            }
            let (x, o1) = left.multipliedReportingOverflow(by: b)
            let (y, o2) = right.multipliedReportingOverflow(by: a)
            let (value, o3) = x.subtractingReportingOverflow(y)
            if o1 || o2 || o3 { throw Overflow() }
            if value != 0 { result.append((column, value)) }
        }
        let divisor = result.reduce(0) { gcd($0, $1.value) }
        if divisor > 1 { for index in result.indices { result[index].value /= divisor } }
        return result
    }

    private func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(x)
    }
}
