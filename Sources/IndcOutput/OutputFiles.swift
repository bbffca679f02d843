import Foundation

/// Why results could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// A set of result files written all-or-nothing: each file goes to a temporary file in the output
/// folder first; only when all are written are they renamed into place, so a failed or interrupted
/// run leaves the earlier results as they were, and no reader ever sees a half-written file. Runs
/// into the same folder take turns (an exclusive `flock` on the folder itself), so their files never mix.
public struct OutputFiles {
    public let directory: String
    private var files: [(name: String, contents: [UInt8])] = []

    public init(directory: String) {
        self.directory = directory
    }

    /// Adds a file (a name within the folder) to be written.
    public mutating func add(_ name: String, _ contents: String) {
        files.append((name, Array(contents.utf8)))
    }

    /// Adds a binary file (a name within the folder) to be written.
    public mutating func add(_ name: String, bytes: [UInt8]) {
        files.append((name, bytes))
    }

    /// The names added so far.
    public var names: [String] { files.map(\.name) }

    /// Writes every file; on any failure removes the temporary files and changes nothing.
    public func commit() throws(OutputError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory, reason: "cannot create the folder (\(Self.systemReason(error)))")
        }
        let lock = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw OutputError(path: directory, reason: String(cString: strerror(errno))) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw OutputError(path: directory, reason: String(cString: strerror(errno))) }
        }
        try InterruptCleanup.guarding(capacity: files.count) { register throws(OutputError) in
            try writeAll(register)
        }
    }

    private func writeAll(_ register: (String) -> Void) throws(OutputError) {
        var staged: [(temporary: String, final: String)] = []
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        for file in files {
            let final = (directory as NSString).appendingPathComponent(file.name)
            let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(unique).tmp")
            register(temporary)
            do {
                try Self.store(file.contents, at: temporary)
            } catch {
                for entry in staged + [(temporary, final)] { unlink(entry.temporary) }
                throw OutputError(path: final, reason: error.reason)
            }
            staged.append((temporary, final))
        }
        var isDirectory: ObjCBool = false
        if let blocked = staged.first(where: { FileManager.default.fileExists(atPath: $0.final, isDirectory: &isDirectory) && isDirectory.boolValue }) {
            for entry in staged { unlink(entry.temporary) }
            throw OutputError(path: blocked.final, reason: "a folder of that name is in the way")
        }
        for entry in staged where rename(entry.temporary, entry.final) != 0 {
            let reason = String(cString: strerror(errno))
            for remaining in staged { unlink(remaining.temporary) }
            throw OutputError(path: entry.final, reason: reason)
        }
    }

    private static func store(_ contents: [UInt8], at path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = contents
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            written += result
        }
        bytes.removeAll()
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
    }

    private static func systemReason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}
