import Foundation

/// Why results could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// A run's result set, written all-or-nothing: every file goes into a new hidden folder beside the
/// output folder; only when all are written does that folder take the output folder's place, in one
/// atomic exchange. Readers see the old set or the new one, never a mix; files of indicators that
/// are gone do not linger; an interrupted or killed run leaves the previous set as it was (a killed
/// run's hidden folder is removed by the next run). Runs into one parent folder take turns (an
/// exclusive `flock` on the parent). The folder is only replaced when indc wrote everything in it,
/// and never when it holds an input.
/// (Folder exchange uses Linux `renameat2`; where a file system lacks it, the run fails and changes nothing.)
public struct OutputFiles {
    public let directory: String
    private var files: [(name: String, write: (inout FileSink) -> Void)] = []
    private var kept: [String] = []

    public init(directory: String) {
        self.directory = directory
    }

    /// Adds a file (a name within the folder) with its whole text.
    public mutating func add(_ name: String, _ contents: String) {
        files.append((name, { $0.buffer += contents }))
    }

    /// Adds a file whose text `write` appends to the sink piece by piece (calling `flushIfFull()` as it goes).
    public mutating func add(_ name: String, writing write: @escaping (inout FileSink) -> Void) {
        files.append((name, write))
    }

    /// Carries the file `name` of the current result set, if it has one, over into the new set
    /// (the results of an indicator that could not be computed this time).
    public mutating func keep(_ name: String) {
        kept.append(name)
    }

    /// Adds a binary file (a name within the folder) with its whole contents.
    public mutating func add(_ name: String, bytes: [UInt8]) {
        files.append((name, { $0.write(bytes) }))
    }

    /// The names added so far.
    public var names: [String] { files.map(\.name) }

    /// Why results may not go to `directory`: it holds one of `inputs` (through symbolic links too),
    /// or files indc did not write. Nil when it may.
    public static func conflict(directory: String, inputs: [String]) -> String? {
        guard let folder = try? ResultFolder(directory, create: false) else { return nil }
        return folder.conflict(inputs: inputs).map { "--out \(directory): \($0)" }
    }

    /// Writes every file and swaps the new set in; on any failure removes what it wrote and changes nothing.
    /// `inputs` are files the results must never replace.
    public func commit(protecting inputs: [String] = []) throws(OutputError) {
        let folder = try ResultFolder(directory, create: true)
        if let invalid = files.first(where: { $0.name.isEmpty || $0.name.hasPrefix(".") || $0.name.contains("/") || $0.name.contains("\0") }) {
            throw OutputError(path: directory, reason: "\(invalid.name) is not a plain file name")
        }
        let lock = open(folder.parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw OutputError(path: folder.parent, reason: String(cString: strerror(errno))) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw OutputError(path: folder.parent, reason: String(cString: strerror(errno))) }
        }
        if let problem = folder.conflict(inputs: inputs) { throw OutputError(path: directory, reason: problem) }
        folder.removeStaleStaging()
        let staging = (folder.parent as NSString).appendingPathComponent("\(folder.stagingPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try InterruptCleanup.guarding(capacity: files.count + kept.count + 1) { register throws(OutputError) in
            register(staging)
            guard mkdir(staging, 0o755) == 0 else { throw OutputError(path: staging, reason: String(cString: strerror(errno))) }
            do throws(OutputError) {
                try writeAll(into: staging, register)
                for name in kept where !files.contains(where: { $0.name == name }) {
                    register((staging as NSString).appendingPathComponent(name))
                    folder.keep(name, in: staging)
                }
                try folder.swap(in: staging)
            } catch {
                try? FileManager.default.removeItem(atPath: staging)
                throw error
            }
        }
    }

    /// Writes the files into `staging` and makes them and the folder durable.
    private func writeAll(into staging: String, _ register: (String) -> Void) throws(OutputError) {
        for (name, write) in files {
            let path = (staging as NSString).appendingPathComponent(name)
            register(path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let reason = errno == EEXIST ? "two result files have this name" : String(cString: strerror(errno))
                throw OutputError(path: (directory as NSString).appendingPathComponent(name), reason: reason)
            }
            defer { close(descriptor) }
            var sink = FileSink(descriptor: descriptor, path: (directory as NSString).appendingPathComponent(name))
            write(&sink)
            try sink.finish()
        }
        let descriptor = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
