// The diagnostics stage: source files, spans, diagnostics and their renderers.
// Takes byte offsets from the other stages and gives located, rendered messages.

/// One `.ind` source file as read from disk: its display path and its text.
///
/// Spans refer to byte offsets into `bytes`; lines and columns are computed only
/// when a diagnostic is rendered.
public final class SourceFile: Sendable, Hashable {
    /// The path shown to users (relative to the working directory when possible).
    public let path: String
    /// The UTF-8 text of the file.
    public let text: String
    /// The UTF-8 bytes of `text`.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts (line 1 at index 0).
    private let lineStarts: [Int]

    /// Creates a source file from its display path and text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() {
            let isLoneCarriageReturn = byte == UInt8(ascii: "\r") && (offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n"))
            if byte == UInt8(ascii: "\n") || isLoneCarriageReturn { starts.append(offset + 1) }
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let column = scalarCount(from: lineStart, to: clamped) + 1
        return SourceLocation(line: low + 1, column: column)
    }

    /// The text of a 1-based line, without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The source text covered by a byte range.
    public func text(in range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    private func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int
}

/// A byte range in one source file.
public struct Span: Sendable, Hashable {
    /// The file the span lies in.
    public let file: SourceFile
    /// Byte offsets into `file.bytes`.
    public let range: Range<Int>

    /// Creates a span over `range` in `file`.
    public init(file: SourceFile, range: Range<Int>) {
        self.file = file
        self.range = range
    }

    /// A span covering both spans (which must lie in the same file).
    public func to(_ other: Span) -> Span {
        Span(file: file, range: min(range.lowerBound, other.range.lowerBound)..<max(range.upperBound, other.range.upperBound))
    }

    /// Where the span starts.
    public var start: SourceLocation { file.location(of: range.lowerBound) }
    /// Where the span ends (the position just after its last character).
    public var end: SourceLocation { file.location(of: range.upperBound) }
    /// The source text the span covers.
    public var text: String { file.text(in: range) }
    /// The source text with its layout folded to single spaces, to compare clauses written differently.
    public var foldedText: String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
