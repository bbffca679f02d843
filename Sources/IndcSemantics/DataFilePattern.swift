#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dataset's `file` path that may be a glob (`data/zorggebruikers_*.csv`): yearly deliveries read
/// as one dataset, the matching files in name order.
public enum DataFilePattern {
    /// Whether the path holds a glob character (`*`, `?` or `[`).
    public static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The files a path names: itself when it is no pattern, else the matching regular files sorted
    /// by name (byte order, so `_2019` before `_2020`); empty when nothing matches.
    public static func files(_ path: String) -> [String] {
        guard isPattern(path) else { return [path] }
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(path, 0, nil, &matches) == 0 else { return [] }
        var files: [String] = []
        for index in 0..<Int(matches.gl_pathc) {
            guard let pointer = matches.gl_pathv[index] else { continue }
            let file = String(cString: pointer)
            var status = stat()
            if stat(file, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { files.append(file) }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
