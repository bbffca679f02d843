import Foundation

/// The staging files and folder being written, for the signal handler: fixed C strings it can
/// remove without allocating (only async-signal-safe calls happen in the handler).
nonisolated(unsafe) private var pendingPaths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
nonisolated(unsafe) private var pendingCount = 0

private func removePendingAndExit(_ signal: Int32) {
    if let paths = pendingPaths {
        for index in stride(from: pendingCount - 1, through: 0, by: -1) {
            if let path = paths[index], unlink(path) != 0 { rmdir(path) }
        }
    }
    _exit(128 + signal)
}

/// Removes the staging folder of a result set when the run is interrupted (SIGINT, SIGTERM) while
/// it is written, so an interrupted run leaves only the previous results behind.
enum InterruptCleanup {
    /// Watches for interruptions while up to `capacity` paths are written by `body`; `register` a
    /// folder before the files in it.
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
