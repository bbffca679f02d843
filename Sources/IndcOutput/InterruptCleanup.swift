import Foundation

/// The temporary files being written, for the signal handler: fixed C strings it can unlink
/// without allocating (only async-signal-safe calls happen in the handler).
nonisolated(unsafe) private var pendingPaths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
nonisolated(unsafe) private var pendingCount = 0

private func removePendingAndExit(_ signal: Int32) {
    if let paths = pendingPaths {
        for index in 0..<pendingCount { if let path = paths[index] { unlink(path) } }
    }
    _exit(128 + signal)
}

/// Removes the temporary result files when the run is interrupted (SIGINT, SIGTERM) while they are
/// written, so an interrupted run leaves only the previous results behind.
enum InterruptCleanup {
    /// Watches for interruptions while up to `capacity` temporary files are written by `body`.
    static func guarding<Result>(capacity: Int, _ body: (_ register: (String) -> Void) throws(OutputError) -> Result) throws(OutputError) -> Result {
        let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(1, capacity))
        paths.initialize(repeating: nil, count: max(1, capacity))
        pendingCount = 0
        pendingPaths = paths
        signal(SIGINT, removePendingAndExit)
        signal(SIGTERM, removePendingAndExit)
        defer {
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            pendingCount = 0
            pendingPaths = nil
            for index in 0..<max(1, capacity) { free(paths[index]) }
            paths.deallocate()
        }
        return try body { path in
            guard pendingCount < capacity else { return }
            paths[pendingCount] = strdup(path)
            pendingCount += 1
        }
    }
}
