import Foundation

/// A file being written through a buffer: writers append text to `buffer` and call `flushIfFull()`
/// after each row, so memory stays proportional to one row, whatever the size of the file.
public struct FileSink {
    /// Text not yet written to the file.
    public var buffer = ""
    private let descriptor: Int32
    private let path: String
    private var failure: String?
    private static let capacity = 1 << 16

    /// A sink writing to `descriptor`, a file opened for writing at `path`.
    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.capacity + 4096)
    }

    /// Writes the buffer out once it holds more than 64 KiB.
    public mutating func flushIfFull() {
        if buffer.utf8.count >= Self.capacity { flush() }
    }

    /// Writes the buffer out; the first failure is kept and reported by `finish()`.
    mutating func flush() {
        if failure == nil {
            let descriptor = descriptor
            failure = buffer.withUTF8 { Self.emit(UnsafeRawBufferPointer($0), to: descriptor) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes bytes that are not text (a zip archive) after what the buffer holds.
    mutating func write(_ bytes: [UInt8]) {
        flush()
        if failure == nil { failure = bytes.withUnsafeBytes { Self.emit($0, to: descriptor) } }
    }

    /// Writes all of `bytes`; the system's reason when that fails.
    private static func emit(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return String(cString: strerror(errno)) }
            written += result
        }
        return nil
    }

    /// Writes what is left and makes it durable (fsync).
    mutating func finish() throws(OutputError) {
        flush()
        if let failure { throw OutputError(path: path, reason: failure) }
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
    }
}
