#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sliding window over a file, read with POSIX `read` into one buffer.
///
/// The buffer keeps its size while records fit in it; a record longer than the buffer makes it grow
/// (doubling) up to the reader's maximum record length, so memory never grows with the file.
/// Bytes before `position` are consumed; `base[position..<filled]` are read but not yet consumed.
struct FileWindow: ~Copyable {
    /// Readable bytes after the buffer's capacity, so a field anywhere in it can be read as whole
    /// eight-byte words (`LevelMatcher`) without reading outside the allocation.
    static let padding = 8
    /// The file's path, for errors.
    let path: String
    private let descriptor: Int32
    /// The buffer; moves when it grows.
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The first byte not yet consumed.
    var position = 0
    /// The end of the bytes read so far.
    private(set) var filled = 0
    /// The file offset of `base[0]`.
    private(set) var fileOffset = 0
    /// Whether `read` has reported the end of the file.
    private(set) var isAtEnd = false

    /// The file offset where reading stops (the end of the byte range read).
    private let end: Int

    /// Opens the file for reading with a buffer of `capacity` bytes, the whole file or a byte range of it.
    init(path: String, capacity: Int, range: Range<Int>? = nil) throws(CSVError) {
        let descriptor = try DataFileOpen.descriptor(path).get()
        if let range, range.lowerBound > 0, lseek(descriptor, off_t(range.lowerBound), SEEK_SET) < 0 {
            close(descriptor)
            throw .cannotRead(path: path, reason: Self.systemError())
        }
        self.path = path
        self.descriptor = descriptor
        self.capacity = max(capacity, 1)
        fileOffset = range?.lowerBound ?? 0
        end = range?.upperBound ?? Int.max
        base = .allocate(capacity: self.capacity + Self.padding)
    }

    deinit {
        close(descriptor)
        base.deallocate()
    }

    /// The bytes read but not yet consumed.
    var pendingCount: Int { filled - position }

    /// Reads more of the file after the pending bytes, first moving them to the start of the buffer,
    /// or, when they already fill it, growing the buffer up to `limit` bytes.
    ///
    /// Sets `isAtEnd` when the file has no more bytes.
    /// - Throws: `recordTooLong` (reported at `line`) when the pending bytes already reach `limit`.
    mutating func readMore(limit: Int, line: Int) throws(CSVError) {
        let pending = pendingCount
        guard pending < limit else { throw .recordTooLong(line: line, limit: limit) }
        if position > 0 {
            if pending > 0 { memmove(base, base + position, pending) }
            fileOffset += position
            filled = pending
            position = 0
        } else if filled == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: min(2 * capacity, limit) + Self.padding)
            grown.update(from: base, count: filled)
            base.deallocate()
            base = grown
            capacity = min(2 * capacity, limit)
        }
        while true {
            let wanted = min(capacity - filled, end - (fileOffset + filled))
            let count = wanted > 0 ? read(descriptor, base + filled, wanted) : 0
            if count > 0 {
                filled += count
                return
            }
            if count == 0 {
                isAtEnd = true
                return
            }
            guard errno == EINTR else { throw .cannotRead(path: path, reason: Self.systemError()) }
        }
    }

    /// The system's text for the current `errno`.
    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
