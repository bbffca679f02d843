import Testing
@testable import IndcEngine

/// The distinct-count set counts what `Set` counts: narrow (32-bit) values, wide ones that move it to
/// 8-byte slots part-way, the empty markers of both widths, and unions of sets of either width.
struct IntegerSetTests {
    static func values(_ random: inout SeededGenerator, count: Int, wide: Bool) -> [UInt64] {
        // In this order: the narrow marker first (while the set is narrow), then the wide one, then wide values.
        let special = [UInt64(UInt32.max), UInt64.max, UInt64(UInt32.max) + 1, UInt64(bitPattern: -3)]
        return (0..<count).map { index in
            let small = random.next() % 5_000
            guard wide, index % 97 == 13 else { return small }
            return index / 97 < special.count ? special[index / 97] : random.next()
        }
    }

    @Test(arguments: [false, true])
    func countsLikeSet(_ wide: Bool) {
        var random = SeededGenerator(state: wide ? 7 : 8)
        let first = Self.values(&random, count: 20_000, wide: wide), second = Self.values(&random, count: 9_000, wide: !wide)
        var set = IntegerSet(), other = IntegerSet()
        var reference = Set<UInt64>()
        for value in first { #expect(set.insert(value) == reference.insert(value).inserted) }
        #expect(set.count == reference.count)
        for value in second { other.insert(value) }
        set.formUnion(other)
        #expect(set.count == reference.union(second).count)
        var empty = IntegerSet()
        empty.formUnion(set)
        #expect(empty.count == set.count)
    }
}
