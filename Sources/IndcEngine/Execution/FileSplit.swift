#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a CSV file's data into byte ranges at record boundaries, one per core.
///
/// A line feed ends a record unless it is inside a quoted field, and a range that starts inside
/// one would misread the rest. So the split holds only when the file has no quote character at
/// all: each thread checks its own range with `isQuoteFree` (`memchr` over read-only mappings of
/// 16 MiB windows, at memory speed, so no thread holds more than one window of the file) before
/// using what it read, and when any range has a quote the file is read again as one range. Line
/// ends may be LF or CRLF; a lone CR (a record end that is no line feed) counts as a quote.
public enum FileSplit {
    /// Files smaller than this are read as one range: threads would cost more than they save.
    public static let minimumSize = 32 << 20
    /// The bytes mapped at a time (per thread) while checking a range for quotes.
    static let window = 16 << 20

    /// The ranges covering `dataStart..<size`, or nil when the file should be read as one range.
    static func ranges(path: String, dataStart: Int, parts: Int, minimumSize: Int = minimumSize) -> [Range<Int>]? {
        guard parts > 1 else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
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

    /// Whether the file's `range` has no quote and no carriage return without a line feed after it
    /// (false too when the file cannot be read).
    static func isQuoteFree(path: String, range: Range<Int>, window: Int = window) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return isQuoteFree(descriptor, from: range.lowerBound, to: range.upperBound, window: window) == true
    }

    private static func isQuoteFree(_ descriptor: Int32, from start: Int, to end: Int, window: Int) -> Bool? {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var offset = start - start % page
        while offset < end {
            let length = min(window, end - offset)
            guard let mapping = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(offset)), mapping != MAP_FAILED else { return nil }
            defer { munmap(mapping, length) }
            let from = max(start, offset) - offset
            let bytes = UnsafeRawPointer(mapping)
            if memchr(bytes + from, Int32(UInt8(ascii: "\"")), length - from) != nil { return false }
            var position = from
            while position < length, let found = memchr(bytes + position, Int32(UInt8(ascii: "\r")), length - position) {
                let index = bytes.distance(to: UnsafeRawPointer(found))
                let next = index + 1 < length ? bytes.load(fromByteOffset: index + 1, as: UInt8.self) : byte(descriptor, at: offset + index + 1)
                if next != UInt8(ascii: "\n") { return false }
                position = index + 2
            }
            offset += length
        }
        return true
    }

    /// The offset of the first line feed at or after `start`, read in 64 KiB pieces.
    private static func nextLineFeed(_ descriptor: Int32, from start: Int, to end: Int) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset = start
        while offset < end {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, min($0.count, end - offset), off_t(offset)) }
            guard count > 0 else { return nil }
            if let index = buffer.prefix(count).firstIndex(of: UInt8(ascii: "\n")) { return offset + index }
            offset += count
        }
        return nil
    }

    private static func byte(_ descriptor: Int32, at offset: Int) -> UInt8? {
        var value: UInt8 = 0
        return pread(descriptor, &value, 1, off_t(offset)) == 1 ? value : nil
    }
}
