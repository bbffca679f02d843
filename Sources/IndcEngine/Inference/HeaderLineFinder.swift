/// Finds the header of a file that starts with lines that are not the table: an export's title,
/// its source and date, notes (`header line N` declares what it finds).
///
/// Among the first lines, each candidate delimiter splits every non-blank line into some number of
/// fields (quotes respected within a line). The delimiter whose most common width above one is
/// shared by the most lines wins, and the header is the first line of that width: the lines above
/// it are the preamble, when each has at most half as many fields (a title, `Bron: CBS`). A header
/// a little narrower than its rows (rows that end in a delimiter) is no preamble. Blank lines are
/// skipped by the reader anyway, so they never count.
enum HeaderLineFinder {
    /// The lines looked at.
    static let lineLimit = 200

    /// The physical line of the header (from 1): 1 unless non-blank lines come before it.
    static func headerLine(_ prefix: [UInt8]) -> Int {
        let lines = physicalLines(prefix)
        var best: (lines: Int, header: Int, delimiter: UInt8)?
        for delimiter in DialectSniffer.candidates {
            let widths = lines.map { $0.map { width($0, delimiter) } }
            var counts: [Int: Int] = [:]
            for case let width? in widths where width > 1 { counts[width, default: 0] += 1 }
            guard let (modal, count) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), count >= 2,
                  let header = widths.firstIndex(where: { $0 == modal }) else { continue }
            if best == nil || count > best!.lines { best = (count, header, delimiter) }
        }
        guard let (_, header, delimiter) = best, let firstText = lines.firstIndex(where: { $0 != nil }), header > firstText else { return 1 }
        let limit = max(1, width(lines[header]!, delimiter) / 2)
        return lines[..<header].allSatisfy { $0.map { width($0, delimiter) <= limit } ?? true } ? header + 1 : 1
    }

    /// The first lines' bytes (nil for a blank one), split at LF, CRLF or a lone CR; the last line only
    /// when the prefix holds all of it is not known, so it is left out when it has no line end.
    private static func physicalLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>?] {
        var lines: [ArraySlice<UInt8>?] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < bytes.count && lines.count < lineLimit {
            let byte = bytes[index]
            guard byte == RecordScanner.lineFeed || byte == RecordScanner.carriageReturn else {
                index += 1
                continue
            }
            lines.append(index == start ? nil : bytes[start..<index])
            if byte == RecordScanner.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == RecordScanner.lineFeed { index += 1 }
            index += 1
            start = index
        }
        return lines
    }

    /// The fields a line splits into with a delimiter, quoted delimiters not counted.
    private static func width(_ line: ArraySlice<UInt8>, _ delimiter: UInt8) -> Int {
        var fields = 1
        var isQuoted = false
        for byte in line {
            if byte == RecordScanner.quote { isQuoted.toggle() } else if byte == delimiter && !isQuoted { fields += 1 }
        }
        return fields
    }
}
