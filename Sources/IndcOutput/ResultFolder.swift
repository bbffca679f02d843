import Foundation

/// The `--out` folder as a whole: where it really is (symbolic links resolved), whether indc may
/// replace it, and the one-step swap that puts a new result set in its place.
struct ResultFolder {
    /// The folder's real path: its parent's links resolved, and the folder's own link if it is one.
    let path: String
    var parent: String { (path as NSString).deletingLastPathComponent }
    var base: String { (path as NSString).lastPathComponent }

    /// Resolves `directory`, creating its parent folders when `create`.
    init(_ directory: String, create: Bool) throws(OutputError) {
        let absolute = (directory.hasPrefix("/") ? directory : FileManager.default.currentDirectoryPath + "/" + directory) as NSString
        let standard = absolute.standardizingPath as NSString
        if let real = Self.realPath(standard as String) {
            path = real
            return
        }
        let parent = standard.deletingLastPathComponent
        if create {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: directory, reason: "cannot create the folder (\((error as NSError).localizedDescription))")
            }
        }
        path = ((Self.realPath(parent) ?? parent) as NSString).appendingPathComponent(standard.lastPathComponent)
    }

    /// The canonical path of an existing file or folder, or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why results may not replace this folder: it holds one of `inputs` (resolved), or files indc did not write.
    func conflict(inputs: [String]) -> String? {
        for input in inputs {
            let linkDirectory = Self.realPath((input as NSString).deletingLastPathComponent).map { ($0 as NSString).appendingPathComponent((input as NSString).lastPathComponent) }
            for place in [linkDirectory, Self.realPath(input)].compactMap(\.self) where place == path || place.hasPrefix(path == "/" ? "/" : path + "/") {
                return "it holds the input \(input)\(place == input ? "" : " (\(place))"); results replace the whole folder, so write them to another one"
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "it is a file, not a folder" }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let owned = ownedNames(entries)
        guard let foreign = entries.sorted().first(where: { !owned.contains($0) }) else { return nil }
        return "it holds \(foreign), which indc did not write; results replace the whole folder, so write them to a new or empty folder"
    }

    /// The entries indc may replace: when the folder has a `results.json` that indc wrote, its plain
    /// `.csv`, `.json` and `.xlsx` files (hidden files, folders and links are never indc's).
    private func ownedNames(_ entries: [String]) -> Set<String> {
        let results = (path as NSString).appendingPathComponent("results.json")
        guard let handle = FileHandle(forReadingAtPath: results), let head = try? handle.read(upToCount: 64),
              String(decoding: head, as: UTF8.self).hasPrefix("{\n  \"generator\": \"indc ") else { return [] }
        return Set(entries.filter { name in
            var status = stat()
            return !name.hasPrefix(".") && [".csv", ".json", ".xlsx"].contains { name.hasSuffix($0) }
                && lstat((path as NSString).appendingPathComponent(name), &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        })
    }

    /// Links the file `name` of the current result set into `staging`, if there is one.
    func keep(_ name: String, in staging: String) {
        let current = (path as NSString).appendingPathComponent(name)
        var status = stat()
        guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
        let copy = (staging as NSString).appendingPathComponent(name)
        if link(current, copy) != 0 { try? FileManager.default.copyItem(atPath: current, toPath: copy) }
    }

    /// The prefix of the hidden sibling folders a new result set is written into.
    var stagingPrefix: String { ".\(base).indc-" }

    /// Removes sibling staging folders that an earlier run, killed before it finished, left behind
    /// (called with the parent locked, so no running run owns them).
    func removeStaleStaging() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(stagingPrefix) && entry.dropFirst(stagingPrefix.count).allSatisfy({ $0.isNumber || $0 == "-" }) {
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
    }

    /// Puts the folder `staging` in this folder's place in one step; the previous result set, if
    /// any, ends up at `staging` and is removed.
    func swap(in staging: String) throws(OutputError) {
        if FileManager.default.fileExists(atPath: path) {
            guard Self.exchange(staging, path) else {
                throw OutputError(path: path, reason: "cannot replace the folder (\(String(cString: strerror(errno))))")
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else if rename(staging, path) != 0 {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Exchanges two folders atomically (Linux `renameat2` with `RENAME_EXCHANGE`).
    private static func exchange(_ first: String, _ second: String) -> Bool {
        guard let symbol = dlsym(nil, "renameat2") else {
            errno = ENOSYS
            return false
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
    }
}
