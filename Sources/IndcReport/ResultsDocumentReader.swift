import Foundation
import IndcDiagnostics
import IndcOutput

/// Why a results document could not be used: the file and what is wrong with it.
public struct ReportInputError: Error, Sendable, CustomStringConvertible {
    /// The file or folder concerned.
    public let path: String
    /// What is wrong, in words.
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Reads the `results.json` document (the shape `ResultJSON` writes) into a `ReportDocument`.
/// Every member is checked for its type; a document of another shape is an error naming the member.
public enum ResultsDocumentReader {
    /// Largest results.json read (bytes): far above any real project, it keeps a hostile file from exhausting memory.
    public static let maximumSize = 512 << 20

    /// Reads the JSON of the file at `path` (a results.json, or a folder holding one); returns it with the file's path.
    public static func load(path: String) throws(ReportInputError) -> (value: JSONValue, file: String) {
        var isDirectory: ObjCBool = false
        let file = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? (path as NSString).appendingPathComponent("results.json") : path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file), let size = attributes[.size] as? Int else {
            throw ReportInputError(path: file, reason: "no such file")
        }
        guard size <= maximumSize else { throw ReportInputError(path: file, reason: "larger than \(maximumSize >> 20) MB") }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ReportInputError(path: file, reason: "cannot be read as UTF-8 text")
        }
        do {
            return (try JSONReader.read(text), file)
        } catch {
            throw ReportInputError(path: file, reason: "not valid JSON at byte \(error.offset): \(error.reason)")
        }
    }

    /// Decodes a results document; `path` names it in errors.
    public static func decode(_ document: JSONValue, path: String) throws(ReportInputError) -> ReportDocument {
        let root = Members(document, path: path, place: "the document")
        let generator = try root.string("generator") ?? "indc"
        guard case .array(let entries)? = root["indicators"] else { throw root.problem("indicators", "an array") }
        var indicators: [ReportIndicator] = []
        for (position, entry) in entries.enumerated() {
            indicators.append(try indicator(Members(entry, path: path, place: "indicators[\(position)]")))
        }
        return ReportDocument(generator: generator, indicators: indicators)
    }

    private static func indicator(_ entry: Members) throws(ReportInputError) -> ReportIndicator {
        guard let name = try entry.string("name"), !name.isEmpty else { throw entry.problem("name", "a non-empty string") }
        let source = Members(entry["source"] ?? .null, path: entry.path, place: "\(entry.place).source")
        let interval = Members(entry["interval"] ?? .null, path: entry.path, place: "\(entry.place).interval")
        let design = Members(entry["design"] ?? .null, path: entry.path, place: "\(entry.place).design")
        var result = ReportIndicator(
            name: name, title: try entry.string("title") ?? name, description: try entry.string("description"),
            theme: try entry.string("theme"), owner: try entry.string("owner"), unit: try entry.string("unit") ?? "number",
            dataset: try source.string("dataset") ?? "", dataFile: try source.string("file"), isSample: try design.string("kind") == "sample",
            filter: try entry.string("filter"), groupBy: try entry.strings("group_by"), breakdown: try entry.strings("breakdown"),
            measure: try entry.string("measure") ?? "", weight: try entry.string("weight"), minimumN: try entry.integer("minimum_n"),
            target: try target(entry), period: try entry.string("period"),
            intervalMethod: try interval.string("method"), intervalLevel: try interval.number("level"),
            failure: nil, columns: [], rows: [])
        guard try entry.string("status") == "computed" else {
            result.failure = try entry.string("reason") ?? "not computed"
            return result
        }
        result.columns = try entry.strings("columns")
        guard case .array(let rows)? = entry["rows"] else { throw entry.problem("rows", "an array") }
        result.rows = try rows.enumerated().map { (position, row) throws(ReportInputError) in
            let members = Members(row, path: entry.path, place: "\(entry.place).rows[\(position)]")
            return try result.columns.map { column throws(ReportInputError) in try members.field(column) }
        }
        return result
    }

    private static func target(_ entry: Members) throws(ReportInputError) -> ReportTarget? {
        guard let value = entry["target"], value != .null else { return nil }
        let target = Members(value, path: entry.path, place: "\(entry.place).target")
        guard let comparison = try target.string("comparison"), [">=", ">", "<=", "<"].contains(comparison) else {
            throw target.problem("comparison", "one of >=, >, <=, <")
        }
        return ReportTarget(comparison: comparison, value: try target.number("value"), shareOf: try target.number("share_of"),
                            otherIndicator: try target.string("indicator"), deadline: try target.integer("by"))
    }
}

/// An object's members, read with their expected types.
private struct Members {
    let members: [(String, JSONValue)]
    let path: String
    let place: String

    init(_ value: JSONValue, path: String, place: String) {
        if case .object(let members) = value { self.members = members } else { members = [] }
        self.path = path
        self.place = place
    }

    subscript(_ key: String) -> JSONValue? { members.first { $0.0 == key }?.1 }

    func problem(_ key: String, _ expected: String) -> ReportInputError {
        ReportInputError(path: path, reason: "\(place).\(key) should be \(expected)")
    }

    func string(_ key: String) throws(ReportInputError) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw problem(key, "a string or null")
        }
    }

    func number(_ key: String) throws(ReportInputError) -> Double? {
        switch self[key] {
        case nil, .null?: return nil
        case .integer(let number)?: return Double(number)
        case .number(let number)?: return number
        default: throw problem(key, "a number or null")
        }
    }

    func integer(_ key: String) throws(ReportInputError) -> Int? {
        switch self[key] {
        case nil, .null?: return nil
        case .integer(let number)?: return number
        default: throw problem(key, "a whole number or null")
        }
    }

    func strings(_ key: String) throws(ReportInputError) -> [String] {
        guard case .array(let elements)? = self[key] else { return [] }
        return try elements.map { element throws(ReportInputError) in
            guard case .string(let text) = element else { throw problem(key, "an array of strings") }
            return text
        }
    }

    /// A result field: null, text, whole number, number or true/false.
    func field(_ key: String) throws(ReportInputError) -> ResultField {
        switch self[key] {
        case nil, .null?: return .empty
        case .string(let text)?: return .text(text)
        case .integer(let number)?: return .integer(number)
        case .number(let number)?: return .number(number)
        case .bool(let flag)?: return .boolean(flag)
        default: throw problem(key, "a plain value (string, number, true/false or null)")
        }
    }
}
