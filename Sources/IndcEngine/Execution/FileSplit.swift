#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a CSV file's data into byte ranges at record boundaries, one per core.
///
/// A line feed ends a record unless it is inside a quoted field, and a range that starts inside
/// one would misread the rest. So a file is split only when it holds no quote character at all
/// (checked with `memchr` over a read-only mapping, at memory speed); otherwise, or when it is
/// small, it is read as one range. Line ends may be LF or CRLF; a file with CR-only line ends is
/// not split (its records do not end at a line feed).
public enum FileSplit {
    /// Files smaller than this are read as one range: threads would cost more than they save.
    public static let minimumSize = 32 << 20

    /// The ranges covering `dataStart..<size`, or nil when the file should be read as one range.
    static func ranges(path: String, dataStart: Int, parts: Int, minimumSize: Int = minimumSize) -> [Range<Int>]? {
        guard parts > 1 else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size >= minimumSize, dataStart < size,
              let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { return nil }
        defer { munmap(mapping, size) }
        let bytes = UnsafeRawPointer(mapping)
        guard memchr(bytes + dataStart, Int32(UInt8(ascii: "\"")), size - dataStart) == nil,
              !hasCarriageReturnWithoutLineFeed(bytes, from: dataStart, to: size) else { return nil }
        var bounds = [dataStart]
        for part in 1..<parts {
            let nominal = max(bounds[bounds.count - 1], dataStart + (size - dataStart) * part / parts)
            guard let lineFeed = memchr(bytes + nominal, Int32(UInt8(ascii: "\n")), size - nominal) else { break }
            bounds.append(bytes.distance(to: UnsafeRawPointer(lineFeed)) + 1)
        }
        bounds.append(size)
        let ranges = zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
        return ranges.count > 1 ? ranges : nil
    }

    private static func hasCarriageReturnWithoutLineFeed(_ bytes: UnsafeRawPointer, from start: Int, to end: Int) -> Bool {
        var position = start
        while position < end, let found = memchr(bytes + position, Int32(UInt8(ascii: "\r")), end - position) {
            let index = bytes.distance(to: UnsafeRawPointer(found))
            if index + 1 >= end || bytes.load(fromByteOffset: index + 1, as: UInt8.self) != UInt8(ascii: "\n") { return true }
            position = index + 2
        }
        return false
    }
}
