import IndcDiagnostics

/// Converts between byte offsets and LSP positions (0-based line, UTF-16 code units in the line).
struct LineIndex {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ file: SourceFile) {
        bytes = file.bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The LSP position of a byte offset.
    func position(_ offset: Int) -> [String: Int] {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let character = String(decoding: bytes[starts[low]..<clamped], as: UTF8.self).utf16.count
        return ["line": low, "character": character]
    }

    /// The LSP range of a span.
    func range(_ range: Range<Int>) -> [String: Any] {
        ["start": position(range.lowerBound), "end": position(range.upperBound)]
    }

    /// The byte offset of an LSP position (clamped to the line and the file).
    func offset(_ position: [String: Any]?) -> Int {
        let line = position?["line"] as? Int ?? 0
        let character = position?["character"] as? Int ?? 0
        guard line < starts.count else { return bytes.count }
        let start = starts[max(0, line)]
        let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        var units = 0
        var offset = start
        for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return min(offset, end)
    }
}
