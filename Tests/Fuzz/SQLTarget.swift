// libFuzzer target: the SQL text of `indc sql`. Each input becomes a small project whose names, category
// levels, missing code, strings, title and file name are the input's pieces (split at 0xFF bytes); the
// first byte picks the shape (on error skip, sample, the measure, group by or breakdown, a recode). A
// project that checks clean is compiled for every dialect: in each, the lines before `WITH` are
// comments without control characters, or the indicator is refused for a NUL or Spark's `${`; DuckDB's
// parser (sql_oracle.py, one process for the whole run) must read the DuckDB and PostgreSQL queries as
// one statement in which every piece comes back exactly, as a string literal or as an identifier.
// Built by fuzz.sh, not SwiftPM.
import Foundation
import IndcPlan
import IndcSemantics
import IndcSQL

/// The oracle's pipes, and a buffer of what it answered past the last line read.
private final class Oracle {
    let requests: FileHandle
    let answers: FileHandle
    var pending = Data()

    init() {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ProcessInfo.processInfo.environment["INDC_FUZZ_ORACLE"] ?? "Tests/Fuzz/sql_oracle.py"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { fatalError("cannot start the DuckDB oracle: \(error)") }
        requests = input.fileHandleForWriting
        answers = output.fileHandleForReading
    }

    /// Why DuckDB does not read `sql` back as one statement holding `strings` as literals and `names` as identifiers.
    func problem(_ sql: String, strings: [String], names: [String]) -> String? {
        // POSIX reads and writes, retried when libFuzzer's timer signal interrupts them (FileHandle stops there)
        let request = try! JSONSerialization.data(withJSONObject: ["sql": sql, "strings": strings, "names": names]) + Data("\n".utf8)
        var written = 0
        while written < request.count {
            let count = request.withUnsafeBytes { write(requests.fileDescriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { fatalError("cannot write to the DuckDB oracle") }
            written += count
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !pending.contains(UInt8(ascii: "\n")) {
            let count = buffer.withUnsafeMutableBytes { read(answers.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { fatalError("the DuckDB oracle stopped") }
            pending += buffer[0..<count]
        }
        let end = pending.firstIndex(of: UInt8(ascii: "\n"))!
        let line = pending[pending.startIndex..<end]
        pending = Data(pending[(end + 1)...])
        let answer = try! JSONSerialization.jsonObject(with: line) as! [String: Any]
        return answer["problem"] as? String
    }
}

nonisolated(unsafe) private let oracle = Oracle()
private let folder: String = {
    let folder = NSTemporaryDirectory() + "indc-fuzz-sql-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}()

/// A name as the language writes it in backticks (no backtick or line break inside; never empty).
private func name(_ piece: String, _ fallback: String) -> String {
    let kept = String(piece.unicodeScalars.filter { $0 != "`" && $0 != "\n" && $0 != "\r" }.map(Character.init))
    return kept.isEmpty ? fallback : kept
}

/// A string as the language reads it back (no carriage return, which ends a string's line).
private func text(_ piece: String) -> String {
    String(piece.unicodeScalars.filter { $0 != "\r" }.map(Character.init))
}

private func quoted(_ value: String) -> String {
    "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
}

/// Whether the lines before `WITH` are comments that show no control, format or separator character.
private func commentsAreSafe(_ query: String) -> Bool {
    guard let header = query.components(separatedBy: "\nWITH\n").first else { return false }
    return header.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { line in
        // bytes, not characters: "-- " and a combining mark are one character but still a comment to SQL
        line.utf8.starts(with: "-- ".utf8) && line.utf8.last != UInt8(ascii: "\\") && line.unicodeScalars.allSatisfy { scalar in
            ![.control, .format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSQL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let shape = data[0]
    var pieces = UnsafeBufferPointer(start: data + 1, count: size - 1).split(separator: 0xFF, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    pieces += Array(repeating: "", count: max(0, 13 - pieces.count))
    let dataset = name(pieces[0], "d"), indicator = name(pieces[1], "i"), category = name(pieces[3], "c")
    let levels = [text(pieces[4]), text(pieces[5])], number = name(pieces[6], "x"), code = text(pieces[7])
    let filter = text(pieces[8]), file = text(pieces[9]).isEmpty ? "d.csv" : text(pieces[9])
    let other = name(pieces[10], "t"), derived = name(pieces[11], "g"), label = text(pieces[12])
    let measure = ["mean(`\(number)`)", "share(`\(category)` = \(quoted(levels[0])))", "distribution(`\(category)`)",
                   "median(`\(number)` where `\(other)` != \(quoted(filter)))"][Int(shape >> 1) & 3]
    let grouped = shape & 32 != 0 ? derived : category
    let source = """
        dataset `\(dataset)` {
          file \(quoted(file))
          minimum n 0
          \(shape & 1 != 0 ? "on error skip" : "")
          \(shape & 64 != 0 ? "sample" : "")
          \(shape & 128 != 0 ? "delimiter \";\"\n  decimal \",\"" : "")
          column `\(category)`: category(\(levels.map(quoted).joined(separator: ", ")))
          column `\(number)`: number
          column `\(other)`: text missing(\(quoted(code)))
          derive `\(derived)` = recode(`\(category)`, \(quoted(levels[0])) -> \(quoted(label)))
        }
        indicator `\(indicator)` {
          title \(quoted(text(pieces[2])))
          source `\(dataset)`
          filter `\(other)` != \(quoted(filter))
          \(shape & 8 != 0 ? "breakdown" : "group by") `\(grouped)`
          measure \(measure)
        }

        """
    let path = folder + "/p.ind"
    _ = FileManager.default.createFile(atPath: path, contents: Data(source.utf8))
    guard let result = try? Checker.check(paths: [path]), result.errorCount == 0 else { return 0 }
    let plan = Planner.plan(result.project)
    let absolute = (folder as NSString).appendingPathComponent(file)
    let pattern = absolute.unicodeScalars.map { "*?[".unicodeScalars.contains($0) ? "[\($0)]" : String($0) }.joined()
    for dialect in SQLDialect.allCases {
        let locations: [String: DatasetLocation] = dialect == .duckdb ? [dataset: .file(absolute)] : [:]
        for compiled in SQLCompiler(dialect: dialect, locations: locations).compile(plan) {
            guard let query = compiled.query else {
                let reason = compiled.refusal ?? ""
                // Refusals the target may meet: unsafe text, and a file the SQL engines cannot read as `indc run` does.
                let expected = ["NUL", "${", "glob pattern", "SPSS system file", "header line"]
                if !expected.contains(where: reason.contains) { fatalError("\(dialect) refused: \(reason)\n\(source)") }
                continue
            }
            if !commentsAreSafe(query) { fatalError("\(dialect): a line before WITH is not an escaped comment\n\(query)") }
            guard dialect == .duckdb || dialect == .postgres else { continue }
            // DuckDB decodes the file in the query (levels, missing code, path); PostgreSQL reads a loaded table
            var strings = [indicator, filter] + (dialect == .duckdb ? levels + [code, pattern] : [])
            if shape & 32 != 0 { strings.append(label) }
            if shape & 8 != 0 { strings.append(grouped) }
            let names = [category, other] + (shape & 32 != 0 ? [derived] : []) + (dialect == .postgres ? [dataset] : [])
            if let problem = oracle.problem(query, strings: strings, names: names) {
                fatalError("\(dialect): \(problem)\n\(source)\n\(query)")
            }
        }
    }
    return 0
}
