/// The sums one stratum contributes to a cell's variance: `Σ w·u_k`, `Σ (w·u_k)(w·u_l)` and the
/// rows with a positive weight per domain (for the degrees of freedom).
struct StratumMoments {
    var totals: [Double]
    /// The upper triangle (k ≤ l) of the cross products, stored as a full `width × width` matrix.
    var products: [Double]
    var domainRows: [Int]

    init(width: Int, domains: Int) {
        totals = Array(repeating: 0, count: width)
        products = Array(repeating: 0, count: width * width)
        domainRows = Array(repeating: 0, count: domains)
    }

    mutating func add(_ row: RowContribution, width: Int) {
        let variables = row.variables
        let values = row.values
        for i in variables.indices {
            let k = variables[i]
            let a = values[i]
            totals[k] += a
            for j in i..<variables.count {
                let l = variables[j]
                let product = a * values[j]
                if k <= l { products[k * width + l] += product } else { products[l * width + k] += product }
                if k == l, i != j { products[k * width + l] += product }
            }
        }
        for (index, domain) in row.domains.enumerated() where row.weights[index] > 0 { domainRows[domain] += 1 }
    }

    mutating func merge(_ other: StratumMoments) {
        for k in totals.indices { totals[k] += other.totals[k] }
        for k in products.indices { products[k] += other.products[k] }
        for k in domainRows.indices { domainRows[k] += other.domainRows[k] }
    }
}

/// A cell's design-based sums: per stratum (by the stratum's code), and Σw, Σw² per domain for Kish's n_eff.
struct CellDesign {
    private(set) var strata: [StratumMoments?] = []
    private(set) var weightSums: [Double]
    private(set) var weightSquares: [Double]

    init(domains: Int) {
        weightSums = Array(repeating: 0, count: domains)
        weightSquares = Array(repeating: 0, count: domains)
    }

    mutating func add(_ row: RowContribution, stratum: Int, layout: DesignLayout) {
        if stratum >= strata.count { strata += Array(repeating: nil, count: stratum - strata.count + 1) }
        if strata[stratum] == nil { strata[stratum] = StratumMoments(width: layout.width, domains: layout.domains) }
        strata[stratum]!.add(row, width: layout.width)
        for (index, domain) in row.domains.enumerated() {
            let w = row.weights[index]
            weightSums[domain] += w
            weightSquares[domain] += w * w
        }
    }

    /// Adds another thread's sums for the same cell; `recode` turns its stratum codes into this one's.
    mutating func merge(_ other: CellDesign, recode: [Int32]) {
        for (code, moments) in other.strata.enumerated() {
            guard let moments else { continue }
            let stratum = Int(recode[code])
            if stratum >= strata.count { strata += Array(repeating: nil, count: stratum - strata.count + 1) }
            if strata[stratum] == nil { strata[stratum] = moments } else { strata[stratum]!.merge(moments) }
        }
        for domain in weightSums.indices {
            weightSums[domain] += other.weightSums[domain]
            weightSquares[domain] += other.weightSquares[domain]
        }
    }

    /// The totals `T_k` over all strata.
    func totals(width: Int) -> [Double] {
        var sum = Array(repeating: 0.0, count: width)
        for case let moments? in strata { for k in 0..<width { sum[k] += moments.totals[k] } }
        return sum
    }

    /// Kish's effective sample size `(Σw)² / Σw²` of a domain, nil without weight.
    func effectiveSize(_ domain: Int) -> Double? {
        weightSquares[domain] > 0 ? weightSums[domain] * weightSums[domain] / weightSquares[domain] : nil
    }

    /// The degrees of freedom of a domain: its rows with a positive weight minus the strata they are in
    /// (R's `degf` of the subset design).
    func degreesOfFreedom(_ domain: Int) -> Int {
        var rows = 0
        var present = 0
        for case let moments? in strata where moments.domainRows[domain] > 0 {
            rows += moments.domainRows[domain]
            present += 1
        }
        return rows - present
    }

    /// A stratum's centred sum of squares this small against its raw sum of squares is rounding left
    /// over from the one-pass formula (the influence values are constant within the stratum): 0.
    static let cancellation = 1e-12

    /// The linearization variance of an estimate whose gradient in the totals is `gradient`:
    /// `Σ_h n_h/(n_h−1) · (Σ_i z_i² − (Σ_i z_i)²/n_h)` with `z_i = Σ_k g_k w_i u_ik` and `n_h` the rows of
    /// stratum h in the whole file. Nil when a stratum the estimate draws on has a single row.
    func variance(gradient: [Double], stratumRows: [Int], width: Int) -> Double? {
        var variance = 0.0
        for (code, moments) in strata.enumerated() {
            guard let moments else { continue }
            var squares = 0.0
            var sum = 0.0
            for k in 0..<width where gradient[k] != 0 {
                sum += gradient[k] * moments.totals[k]
                squares += gradient[k] * gradient[k] * moments.products[k * width + k]
                for l in (k + 1)..<width where gradient[l] != 0 {
                    squares += 2 * gradient[k] * gradient[l] * moments.products[k * width + l]
                }
            }
            guard squares != 0 || sum != 0 else { continue }
            let n = Double(stratumRows[code])
            guard n > 1 else { return nil }
            let centred = squares - sum * sum / n
            variance += centred <= Self.cancellation * squares ? 0 : n / (n - 1) * centred
        }
        return max(variance, 0)
    }
}
