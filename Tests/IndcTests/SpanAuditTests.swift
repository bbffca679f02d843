import Testing
@testable import IndcEngine

/// The exact span test behind the disclosure audit, on atom sets worked out by hand.
struct SpanAuditTests {
    /// A breakdown of a total into three cells (atoms 0, 1, 2): with the total and two cells shown,
    /// the third is their difference; with one of them withheld too, neither withheld cell is.
    @Test func totalMinusShownCellsIsDetermined() throws {
        let vectors: [[Int32]] = [[0, 1, 2], [0], [1], [2]]
        let audit = SpanAudit(vectors: vectors)
        #expect(audit.components.count == 1)
        let finding = try audit.determined(component: 0, published: [true, false, true, true], withheld: [false, true, false, false]).first
        #expect(finding?.vector == 1)
        #expect(Set(finding?.combination ?? []) == [0, 2, 3])
        #expect(try audit.determined(component: 0, published: [true, false, false, true], withheld: [false, true, false, false]).isEmpty)
    }

    /// Nested dimensions (issue 14): provinces 0-3, landsdeel L1 = {0, 1}, L2 = {2, 3}. With province 0
    /// withheld and province 2 withheld as its complement within the province dimension, L1 − p1 gives p0.
    @Test func nestedDimensionsAreLinked() throws {
        let vectors: [[Int32]] = [[0, 1, 2, 3], [0], [1], [2], [3], [0, 1], [2, 3]]
        let audit = SpanAudit(vectors: vectors)
        let published = [true, false, true, false, true, true, true]
        let withheld = [false, true, false, false, false, false, false]
        let finding = try audit.determined(component: 0, published: published, withheld: withheld).first
        #expect(finding?.vector == 1)
        #expect(finding?.combination == [2, 5])
    }

    /// A combination with coefficients other than ±1: x = (a + b − c) / 2 over atoms
    /// a = {0, 1}, b = {0, 2}, c = {1, 2}; the arithmetic is exact, so it is found.
    @Test func fractionalCombinationIsExact() throws {
        let vectors: [[Int32]] = [[0, 1], [0, 2], [1, 2], [0]]
        let audit = SpanAudit(vectors: vectors)
        let finding = try audit.determined(component: 0, published: [true, true, true, false], withheld: [false, false, false, true]).first
        #expect(finding?.vector == 3)
        #expect(finding?.combination == [0, 1, 2])
    }

    /// Disjoint cells are separate components and never determine each other.
    @Test func disjointCellsAreIndependent() throws {
        let audit = SpanAudit(vectors: [[0], [1], [2]])
        #expect(audit.components.count == 3)
        for component in 0..<3 {
            #expect(try audit.determined(component: component, published: [true, false, true], withheld: [false, true, false]).isEmpty)
        }
    }
}
