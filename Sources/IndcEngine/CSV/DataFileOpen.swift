#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a data file for reading only when it is a regular file: a named pipe (FIFO), a device or
/// a socket named as data would block the open or a read forever, or never end. The file is opened
/// without blocking and its type checked on the open descriptor (no race with a rename).
enum DataFileOpen {
    /// A read-only descriptor of the regular file at `path`, or the reason it cannot be read.
    static func descriptor(_ path: String) -> Result<Int32, CSVError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno)))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(.cannotRead(path: path, reason: reason))
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            return .failure(.cannotRead(path: path, reason: String(cString: strerror(EISDIR))))
        }
        if let kind = kind(status.st_mode) {
            close(descriptor)
            return .failure(.cannotOpen(path: path, reason: "it is \(kind), not a regular file; save the data to a file first"))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success(descriptor)
    }

    /// What a file that is not a regular file is, or nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFIFO: "a pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
