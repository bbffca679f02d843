#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a CSV file's data into byte ranges at record boundaries, one per core.
///
/// A line feed ends a record unless it is inside a quoted field, and a range that starts inside
/// one would misread the rest. So the split holds only when the file has no quote character at
/// all: the record scanner flags every quote it passes (`RecordScanner.Extent.isPlain`), a part
/// that sees one gives up, and the file is read again as one range (`ScanRunner`). Nothing reads
/// the file before the parts do. Line ends may be LF or CRLF; a lone CR (a record end that is no
/// line feed) counts as a quote.
public enum FileSplit {
    /// Files smaller than this are read as one range: threads would cost more than they save.
    public static let minimumSize = 32 << 20

    /// The ranges covering `dataStart..<size`, or nil when the file should be read as one range.
    static func ranges(path: String, dataStart: Int, parts: Int, minimumSize: Int = minimumSize) -> [Range<Int>]? {
        guard parts > 1 else { return nil }
        guard case .success(let descriptor) = DataFileOpen.descriptor(path) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size >= minimumSize, dataStart < size else { return nil }
        var bounds = [dataStart]
        for part in 1..<parts {
            let nominal = max(bounds[bounds.count - 1], dataStart + (size - dataStart) * part / parts)
            guard let lineFeed = nextLineFeed(descriptor, from: nominal, to: size) else { break }
            bounds.append(lineFeed + 1)
        }
        bounds.append(size)
        let ranges = zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
        return ranges.count > 1 ? ranges : nil
    }

    /// The offset of the first line feed at or after `start`, read in 64 KiB pieces; nil when there is
    /// none within the longest record a reader accepts (a file of one endless line, a sparse file of
    /// zeros is then read as one range, whose reader stops at the too-long record instead of this
    /// search reading to the end of the file).
    private static func nextLineFeed(_ descriptor: Int32, from start: Int, to end: Int) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset = start
        let end = min(end, start + CSVReader.defaultMaximumRecordLength)
        while offset < end {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, min($0.count, end - offset), off_t(offset)) }
            guard count > 0 else { return nil }
            if let index = buffer.prefix(count).firstIndex(of: UInt8(ascii: "\n")) { return offset + index }
            offset += count
        }
        return nil
    }
}
