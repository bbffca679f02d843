import Testing
@testable import IndcEngine

/// The eight-bytes-at-a-time parser gives exactly what `CSVNumber` gives wherever it answers, and
/// answers for the common short numbers: random and edge fields, each followed by padding as in a read buffer.
struct ShortNumberTests {
    static func parse<T>(_ text: String, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        var bytes = Array(text.utf8)
        bytes += Array("9,.-e\"x7".utf8)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<text.utf8.count])) }
    }

    static let edges = ["0", "7", "-0", "+5", "-12", "99999999", "12345678", "123456789", "-1234567", "+1234567", "1.5", "-0.25",
                        ".5", "5.", "-.5", "0.0", "-0.0", "1234.567", "1.234567", "12345.67", "1e5", "1.2.3", "", "-", "+", ".",
                        "12a", "a12", " 12", "12 ", "1,5", "0x10", "١٢", "12:3", "/1", "1/", "9999.999", "00001234", "0000.001"]

    @Test func agreesWithCSVNumber() {
        var random = SeededGenerator(state: 99)
        let alphabet = Array("0123456789012345678901234567890123456789.-+e,/: ")
        var fields = Self.edges
        for _ in 0..<20_000 {
            let length = Int(random.next() % 10)
            fields.append(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        var answered = 0
        for field in fields {
            let short = Self.parse(field) { ShortNumber.integer($0) }
            let full = Self.parse(field) { CSVNumber.integer($0) }
            if let short {
                answered += 1
                #expect(short == full, "integer \(field.debugDescription)")
            }
            for mark in [UInt8(ascii: "."), UInt8(ascii: ",")] {
                let shortDecimal = Self.parse(field) { ShortNumber.decimal($0, decimalMark: mark) }
                let fullDecimal = Self.parse(field) { CSVNumber.decimal($0, decimalMark: mark) }
                if let shortDecimal {
                    #expect(shortDecimal.bitPattern == fullDecimal?.bitPattern, "decimal \(field.debugDescription)")
                }
            }
        }
        #expect(answered > 2_000)
        for field in ["2024", "-17", "1234567", "0.5", "123.45", "-99.99", "12345.6", "1,5"] {
            #expect(Self.parse(field) { ShortNumber.decimal($0, decimalMark: field.contains(",") ? UInt8(ascii: ",") : UInt8(ascii: ".")) } != nil, "\(field)")
        }
    }
}
