/// Recognises amounts written for people rather than programs: a currency sign or code
/// (`€ 12,50`, `EUR 3`, `$1,250.00`) and thousands separators (`1.250,00`, `12,000.5`), which
/// neither decimal mark reads as a number.
enum AmountText {
    private static let currencies: [[UInt8]] = ["€", "EUR", "$", "USD", "£", "GBP"].map { Array($0.utf8) }

    /// The amount as a plain number text (`1250,00`, `12,50`), or nil when the value is not such an amount.
    static func plain(_ bytes: UnsafeRawBufferPointer) -> String? {
        var body = Array(bytes)
        var hadCurrency = false
        for currency in currencies {
            if body.starts(with: currency) {
                body.removeFirst(currency.count)
                hadCurrency = true
            } else if body.count > currency.count, Array(body.suffix(currency.count)) == currency {
                body.removeLast(currency.count)
                hadCurrency = true
            }
        }
        while body.first == UInt8(ascii: " ") || body.first == 0xC2 && body.dropFirst().first == 0xA0 {
            body.removeFirst(body.first == UInt8(ascii: " ") ? 1 : 2)
        }
        while body.last == UInt8(ascii: " ") { body.removeLast() }
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        for (separator, mark) in [(point, comma), (comma, point)] {
            guard let plain = withoutGroups(body, separator: separator, mark: mark) else { continue }
            if hadCurrency || plain.count < body.count { return String(decoding: plain, as: UTF8.self) }
        }
        return nil
    }

    /// `1.250,00` with separator `.` and mark `,` → `1250,00`; nil unless the separators group the
    /// integer part in threes and the rest is a number with the mark.
    private static func withoutGroups(_ body: [UInt8], separator: UInt8, mark: UInt8) -> [UInt8]? {
        let sign = body.first == UInt8(ascii: "-") ? 1 : 0
        let markAt = body.firstIndex(of: mark) ?? body.count
        let groups = body[sign..<markAt].split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...(groups.count > 1 ? 3 : 20)).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy(isDigit) }) else { return nil }
        let fraction = body[markAt...].dropFirst()
        guard markAt == body.count || (!fraction.isEmpty && fraction.allSatisfy(isDigit)) else { return nil }
        return Array(body[..<sign]) + groups.joined() + Array(body[markAt...])
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
