import Foundation
import Testing
@testable import IndcEngine

/// The distribution functions against R's own values (`Tests/Cases/numerics/reference.csv`,
/// written by `reference.R` there) and against identities that can be checked by hand.
struct DistributionTests {
    /// One line of the reference: R's `function(a, b, c)` is `value`; unused arguments are NaN.
    struct Reference {
        let function: String
        let a: Double, b: Double, c: Double
        let value: Double
    }

    static func reference() throws -> [Reference] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Tests/Cases/numerics/reference.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst()
        return try lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 5, "\(line)")
            let number = { (field: String) in field.isEmpty ? Double.nan : Double(field) }
            let a = try #require(number(fields[1])), b = try #require(number(fields[2]))
            let c = try #require(number(fields[3])), value = try #require(number(fields[4]))
            return Reference(function: fields[0], a: a, b: b, c: c, value: value)
        }
    }

    /// indc's value for a line of the reference.
    static func evaluate(_ row: Reference) -> Double {
        switch row.function {
        case "qnorm": Distributions.normalQuantile(row.a)
        case "pnorm": Distributions.normalCDF(row.a)
        case "pbeta": Distributions.regularizedIncompleteBeta(row.a, a: row.b, b: row.c)
        case "qbeta": Distributions.betaQuantile(row.a, a: row.b, b: row.c)
        case "pt": Distributions.studentTCDF(row.a, df: row.b)
        case "qt": Distributions.studentTQuantile(row.a, df: row.b)
        default: .nan
        }
    }

    /// Agreement to 1e-10 relative, with an absolute floor of 1e-300 for values that underflow,
    /// and of 1e-12 for a quantile that R gives as exactly 0.
    static func agrees(_ actual: Double, _ expected: Double, function: String) -> Bool {
        if actual == expected { return true }
        let floor = function.hasPrefix("q") && expected == 0 ? 1e-12 : 1e-300
        return abs(actual - expected) <= max(1e-10 * abs(expected), floor)
    }

    @Test("every value of R's reference grid, to 1e-10 relative", arguments: ["qnorm", "pnorm", "pbeta", "qbeta", "pt", "qt"])
    func matchesR(function: String) throws {
        let rows = try Self.reference().filter { $0.function == function }
        #expect(rows.count >= 17)
        for row in rows {
            let actual = Self.evaluate(row)
            #expect(Self.agrees(actual, row.value, function: function), "\(function)(\(row.a), \(row.b), \(row.c)) = \(actual), R: \(row.value)")
        }
    }

    @Test("hand-checkable values and identities")
    func identities() {
        #expect(abs(Distributions.normalQuantile(0.975) - 1.959963984540054) <= 1e-15)
        #expect(abs(Distributions.studentTQuantile(0.975, df: 1) - 12.706204736174707) <= 1e-13)
        #expect(abs(Distributions.studentTQuantile(0.975, df: 2) - 4.302652729749464) <= 1e-14)
        #expect(Distributions.normalCDF(0) == 0.5)
        #expect(Distributions.studentTCDF(0, df: 7.5) == 0.5)
        for x in stride(from: 0.0, through: 1, by: 1.0 / 64) {
            #expect(abs(Distributions.regularizedIncompleteBeta(x, a: 1, b: 1) - x) <= 1e-15, "pbeta(\(x), 1, 1)")
            #expect(abs(Distributions.betaQuantile(x, a: 1, b: 1) - x) <= 1e-15, "qbeta(\(x), 1, 1)")
        }
        for df in [1, 1.5, 2, 3, 7.25, 30, 1e4, 1e6] {
            for k in [2, 3, 5, 10, 20, 40] {
                let p = 1 / Double(1 << k)
                #expect(Distributions.studentTQuantile(p, df: df) == -Distributions.studentTQuantile(1 - p, df: df), "qt(2^-\(k), \(df))")
            }
            #expect(Distributions.studentTQuantile(0.5, df: df) == 0)
        }
    }

    /// Through the (x, 1 - x) pair, since a quantile such as qbeta(1 - 1e-9, 0.2, 0.3) = 1 - 1e-30 is 1 as a double.
    @Test("quantiles invert their CDFs")
    func roundTrips() {
        let probabilities = [1e-15, 1e-9, 0.003, 0.2, 0.5, 0.7, 0.97, 1 - 1e-9]
        for p in probabilities {
            for (a, b) in [(0.2, 0.3), (2.5, 7), (1, 300), (12, 1e4), (1e6, 3e6)] {
                let root = Distributions.betaQuantilePair(p: p, q: 1 - p, a: a, b: b)
                let back = Distributions.betaTails(x: root.x, y: root.y, a: a, b: b)
                let error = p < 0.5 ? abs(back.lower - p) / p : abs(back.upper - (1 - p)) / (1 - p)
                #expect(error <= 1e-11, "pbeta(qbeta(\(p), \(a), \(b))) = \(back)")
                #expect(root.x == Distributions.betaQuantile(p, a: a, b: b))
            }
            for df in [1.2, 4, 45.5, 1e6, 1e9] {
                let t = Distributions.studentTQuantile(p, df: df)
                let back = Distributions.studentTCDF(t, df: df)
                #expect(abs(back - p) <= 1e-11 * min(p, 1 - p), "pt(qt(\(p), \(df))) = \(back)")
            }
        }
    }

    @Test("ends of the support, invalid arguments and extreme ones return promptly")
    func edges() {
        #expect(Distributions.normalQuantile(0) == -.infinity && Distributions.normalQuantile(1) == .infinity)
        #expect(Distributions.studentTQuantile(0, df: 3) == -.infinity && Distributions.studentTQuantile(1, df: 3) == .infinity)
        #expect(Distributions.betaQuantile(0, a: 2, b: 3) == 0 && Distributions.betaQuantile(1, a: 2, b: 3) == 1)
        #expect(Distributions.regularizedIncompleteBeta(-1, a: 2, b: 3) == 0 && Distributions.regularizedIncompleteBeta(2, a: 2, b: 3) == 1)
        #expect(Distributions.studentTCDF(-.infinity, df: 3) == 0 && Distributions.studentTCDF(.infinity, df: 3) == 1)
        #expect(Distributions.studentTCDF(1.5, df: .infinity) == Distributions.normalCDF(1.5))
        let invalid = [
            Distributions.normalQuantile(-0.1), Distributions.normalQuantile(.nan), Distributions.normalCDF(.nan),
            Distributions.studentTQuantile(1.1, df: 3), Distributions.studentTQuantile(0.3, df: 0), Distributions.studentTQuantile(0.3, df: .nan),
            Distributions.studentTCDF(.nan, df: 3), Distributions.studentTCDF(1, df: -2),
            Distributions.betaQuantile(0.5, a: 0, b: 1), Distributions.betaQuantile(0.5, a: 1, b: .infinity), Distributions.betaQuantile(.nan, a: 1, b: 1),
            Distributions.regularizedIncompleteBeta(0.5, a: -1, b: 1), Distributions.regularizedIncompleteBeta(.nan, a: 1, b: 1),
        ]
        #expect(Distributions.regularizedIncompleteBeta(0.5, a: 1e14, b: 1e14).isNaN, "documented: no convergence")
        for (index, value) in invalid.enumerated() {
            #expect(value.isNaN, "invalid case \(index)")
        }
        let extreme = [
            Distributions.betaQuantile(0.5, a: 1e-3, b: 1e6), Distributions.betaQuantile(1e-300, a: 200, b: 800),
            Distributions.regularizedIncompleteBeta(0.5, a: 1e8, b: 1e8), Distributions.studentTCDF(1e300, df: 0.5),
            Distributions.studentTCDF(-1e-300, df: 1e15), Distributions.studentTQuantile(1e-300, df: 2.5),
        ]
        for (index, value) in extreme.enumerated() {
            #expect(!value.isNaN, "extreme case \(index)")
        }
    }
}
