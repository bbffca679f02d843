import Foundation
import IndcDiagnostics
import IndcSyntax

/// A problem that stops a command before any diagnostics can be given (exit code 2).
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Finds and reads the `.ind` files of a project.
public enum SourceLoader {
    /// The largest `.ind` file read (4 MiB): larger ones are reported, not parsed.
    public static let maximumFileSize = 4 << 20

    /// Every `*.ind` file below the given paths, sorted; a path naming a file must be a `.ind` file.
    public static func findFiles(_ paths: [String]) throws(InputError) -> [String] {
        let manager = FileManager.default
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("no such file or directory: \(path)")
            }
            guard isDirectory.boolValue else {
                guard path.hasSuffix(".ind") else {
                    throw InputError("\(path) is not a .ind file (a dataset's data file is named in its `file` clause)")
                }
                found.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else { throw InputError("cannot read directory: \(path)") }
            var inDirectory: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".ind") else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isSubdirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue { inDirectory.append(full) }
            }
            guard !inDirectory.isEmpty else { throw InputError("no .ind files found in \(path)") }
            found += inDirectory.sorted()
        }
        var seen = Set<String>()
        return found.filter { seen.insert((absolutePath($0) as NSString).standardizingPath).inserted }
    }

    /// Reads one file; invalid UTF-8 or an oversized file gives a diagnostic and no parse.
    public static func read(_ path: String) throws(InputError) -> (SourceFile, Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read \(path): permission denied or not a regular file")
        }
        let display = displayPath(path)
        if data.count > maximumFileSize {
            let file = SourceFile(path: display, text: "")
            return (file, Diagnostic(
                .sourceTooLarge, "file is \(data.count / 1024) KiB; .ind files may be at most \(maximumFileSize >> 20) MiB",
                at: Annotation(Span(file: file, range: 0..<0)), help: ["split the indicators over several files"]))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8(bytes) {
            let file = SourceFile(path: display, text: String(decoding: bytes, as: UTF8.self))
            return (file, Diagnostic(
                .invalidUTF8, "file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))",
                at: Annotation(Span(file: file, range: offset..<offset + 1), "invalid byte"),
                help: ["save the file as UTF-8 (most editors: File › Save with Encoding › UTF-8)"]))
        }
        return (SourceFile(path: display, text: String(decoding: bytes, as: UTF8.self)), nil)
    }

    /// The path as users should see it: relative to the working directory when below it.
    public static func displayPath(_ path: String) -> String {
        let absolute = (absolutePath(path) as NSString).standardizingPath
        let base = (FileManager.default.currentDirectoryPath as NSString).standardizingPath
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        return path
    }

    /// The absolute form of a path.
    public static func absolutePath(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
