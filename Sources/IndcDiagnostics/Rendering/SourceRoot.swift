import Foundation

/// The directory that SARIF artifact locations are relative to, published as the
/// `%SRCROOT%` base: files under it get relative URIs, others absolute `file:` URIs.
///
/// Paths are normalized as text (`.` and `..` resolved, no symbolic links followed),
/// so the same inputs always give the same URIs.
struct SourceRoot {
    /// The name SARIF results use to refer to the root.
    static let baseID = "%SRCROOT%"

    /// The root's path components, from the file system root down.
    let components: [String]
    /// The working directory's path components, against which relative paths are read.
    private let workingDirectory: [String]

    /// A root at `path`, or at the working directory when `path` is nil; a relative
    /// `path` is read against the working directory.
    init(path: String?) {
        let workingDirectory = Self.components(of: FileManager.default.currentDirectoryPath, relativeTo: [])
        self.workingDirectory = workingDirectory
        self.components = path.map { Self.components(of: $0, relativeTo: workingDirectory) } ?? workingDirectory
    }

    /// The root as a `file:` URI ending in `/`, as `originalUriBaseIds` needs.
    var uri: String {
        "file://" + Self.encodedPath(components) + "/"
    }

    /// The SARIF `artifactLocation` of a file: a relative URI with the root's base id
    /// when the file lies under the root, an absolute `file:` URI otherwise.
    func artifactLocation(of path: String) -> JSONValue {
        let file = Self.components(of: path, relativeTo: workingDirectory)
        guard file.count > components.count, file.starts(with: components) else {
            return ["uri": .string("file://" + Self.encodedPath(file))]
        }
        let relative = file.dropFirst(components.count).map(Self.percentEncoded).joined(separator: "/")
        return ["uri": .string(relative), "uriBaseId": .string(Self.baseID)]
    }

    /// The components of `path`, read against `base` when relative, with empty and
    /// `.` components dropped and each `..` removing the component before it.
    static func components(of path: String, relativeTo base: [String]) -> [String] {
        var result = path.hasPrefix("/") ? [] : base
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": _ = result.popLast()
            default: result.append(String(component))
            }
        }
        return result
    }

    /// An absolute path, `/` first, with each component percent-encoded.
    private static func encodedPath(_ components: [String]) -> String {
        "/" + components.map(percentEncoded).joined(separator: "/")
    }

    /// A path segment with every byte of its UTF-8 form outside RFC 3986's unreserved
    /// set (letters, digits, `-`, `.`, `_`, `~`) written as `%XX`.
    static func percentEncoded(_ segment: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(segment.utf8.count)
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += hex.count == 1 ? "%0" + hex : "%" + hex
            }
        }
        return encoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
