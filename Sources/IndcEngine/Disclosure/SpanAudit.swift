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
    /// combination that gives it (any of them withheld breaks that combination).
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

    /// The first withheld vector of the component that the published ones determine, or nil; throws on overflow.
    func firstDetermined(component: Int, published: [Bool], withheld: [Bool]) throws(Overflow) -> Finding? {
        let local = Dictionary(uniqueKeysWithValues: componentColumns[component].enumerated().map { ($1, $0) })
        let shown = components[component].filter { published[$0] }
        let width = local.count + shown.count
        var basis: [(pivot: Int, row: [Int])] = []
        func reduce(_ row: inout [Int]) throws(Overflow) {
            for (pivot, base) in basis where row[pivot] != 0 {
                let (a, b) = (base[pivot], row[pivot])
                for index in 0..<width where row[index] != 0 || base[index] != 0 {
                    let (left, o1) = row[index].multipliedReportingOverflow(by: a)
                    let (right, o2) = base[index].multipliedReportingOverflow(by: b)
                    let (value, o3) = left.subtractingReportingOverflow(right)
                    if o1 || o2 || o3 { throw Overflow() }
                    row[index] = value
                }
                let divisor = row.reduce(0) { gcd($0, $1) }
                if divisor > 1 { for index in 0..<width { row[index] /= divisor } }
            }
        }
        for (position, vector) in shown.enumerated() {
            var row = Array(repeating: 0, count: width)
            for column in columns[vector] { row[local[column]!] = 1 }
            row[local.count + position] = 1
            try reduce(&row)
            if let pivot = row.prefix(local.count).firstIndex(where: { $0 != 0 }) { basis.append((pivot, row)) }
        }
        for vector in components[component] where withheld[vector] {
            var row = Array(repeating: 0, count: width)
            for column in columns[vector] { row[local[column]!] = 1 }
            try reduce(&row)
            guard row.prefix(local.count).allSatisfy({ $0 == 0 }) else { continue }
            return Finding(vector: vector, combination: shown.indices.filter { row[local.count + $0] != 0 }.map { shown[$0] })
        }
        return nil
    }

    private func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(x)
    }
}
