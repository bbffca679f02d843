import Foundation
import Testing
@testable import IndcEngine

/// Numbers parsed straight from field bytes, checked against `Double(String)` as the oracle.
extension CSVReaderTests {
    @Test("fields as numbers, with either decimal mark")
    func fieldNumbers() throws {
        let reader = try CSVReader(path: Self.path("semicolon.csv"), format: CSVFormat(delimiter: UInt8(ascii: ";")))
        var record = CSVRecord()
        var values: [Double?] = []
        while try reader.next(&record) {
            values.append(record.decimal(1, decimalMark: UInt8(ascii: ",")))
            #expect(record.decimal(1) == nil)
        }
        #expect(values == [nil, 7.5, 8.25])
        #expect(try CSVReader(path: Self.path("empty.csv"), format: CSVFormat()).next(&record) && !record.isEmpty(0))
    }

    static func parsed<T>(_ text: String, _ parse: (UnsafeRawBufferPointer) -> T) -> T {
        Array(text.utf8).withUnsafeBytes(parse)
    }

    @Test("integers: an optional sign and digits; overflow is no integer")
    func integers() {
        let cases: [(String, Int?)] = [
            ("0", 0), ("-0", 0), ("+5", 5), ("007", 7), ("-12", -12), ("9223372036854775807", .max), ("-9223372036854775808", .min),
            ("9223372036854775808", nil), ("-9223372036854775809", nil), ("", nil), ("-", nil), ("+", nil), ("--1", nil),
            (" 1", nil), ("1 ", nil), ("1,000", nil), ("1.0", nil), ("1e3", nil), ("١", nil),
        ]
        for (text, value) in cases {
            #expect(Self.parsed(text) { CSVNumber.integer($0) } == value, "\(text)")
        }
    }

    @Test("decimals: sign, decimal mark, exponent; no spaces, separators, inf or nan")
    func decimals() {
        let point: [(String, Double?)] = [
            ("12.5", 12.5), ("-0.25", -0.25), ("1e3", 1000), ("1E-3", 0.001), ("+.5", 0.5), ("5.", 5), ("0.1", 0.1),
            ("0.30000000000000004", 0.30000000000000004), ("9007199254740993", 9007199254740992), ("1e-400", 0),
            ("123456789012345678901234567890", 1.2345678901234568e29), ("1e400", nil), ("", nil), (".", nil), ("-", nil),
            ("e5", nil), ("1e", nil), ("1e+", nil), (" 1", nil), ("1 ", nil), ("1,000.5", nil), ("1.2.3", nil),
            ("inf", nil), ("nan", nil), ("0x10", nil), ("1_000", nil), ("12,5", nil),
        ]
        for (text, value) in point {
            #expect(Self.parsed(text) { CSVNumber.decimal($0) } == value, "\(text)")
        }
        let comma: [(String, Double?)] = [("12,5", 12.5), ("-0,25e2", -25), (",5", 0.5), ("12.5", nil), ("1.000,5", nil)]
        for (text, value) in comma {
            #expect(Self.parsed(text) { CSVNumber.decimal($0, decimalMark: UInt8(ascii: ",")) } == value, "\(text)")
        }
        #expect(Self.parsed("-0") { CSVNumber.decimal($0) }?.sign == .minus)
    }

    /// A random decimal in the reader's syntax: short and long mantissas, small and huge exponents.
    static func randomDecimal(_ generator: inout SeededGenerator) -> String {
        var text = ["", "-", "+"].randomElement(using: &generator)!
        let long = Bool.random(using: &generator)
        let whole = Int.random(in: 0...(long ? 22 : 6), using: &generator)
        let fraction = Int.random(in: 0...(long ? 22 : 6), using: &generator)
        for index in 0..<(whole + fraction) {
            if index == whole { text += "." }
            text += String(Int.random(in: 0...9, using: &generator))
        }
        if whole + fraction == 0 { text += "0" }
        if Int.random(in: 0..<3, using: &generator) == 0 {
            text += ["e", "E", "e-", "e+"].randomElement(using: &generator)!
            text += String(Int.random(in: 0...(long ? 340 : 25), using: &generator))
        }
        return text
    }

    @Test("decimals equal Double(String) bit for bit on random numbers, with either decimal mark")
    func randomDecimals() {
        var generator = SeededGenerator(state: 2024)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let text = Self.randomDecimal(&generator)
            let expected = Double(text).flatMap { $0.isFinite ? $0.bitPattern : nil }
            let point = Self.parsed(text) { CSVNumber.decimal($0) }
            let comma = Self.parsed(text.replacingOccurrences(of: ".", with: ",")) { CSVNumber.decimal($0, decimalMark: UInt8(ascii: ",")) }
            if point?.bitPattern != expected || comma?.bitPattern != expected { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
