import Foundation

/// An SQL engine's own command-line client, run as a subprocess: `psql` or `duckdb`, printing CSV.
struct SQLClient {
    /// The client's arguments after its name; the query goes to its standard input.
    let executable: String
    let arguments: [String]

    /// `psql` on a connection URL, with CSV output and the first error stopping it; the URL is one
    /// `--dbname=` argument, never an option of its own.
    static func postgres(_ connection: String) -> SQLClient {
        SQLClient(executable: "psql", arguments: ["-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "--dbname=" + connection])
    }

    /// The `duckdb` shell with CSV output and missing values as empty fields (it prints `NULL` by
    /// default), without the user's init file, on a database file (or in memory). A file name that
    /// starts with `-` is given as `./-…`, so the shell cannot take it for an option (`-unsigned`).
    static func duckdb(_ database: String?) -> SQLClient {
        let file = database.map { $0.hasPrefix("-") ? "./" + $0 : $0 } ?? ":memory:"
        return SQLClient(executable: "duckdb", arguments: ["-csv", "-bail", "-no-init", "-nullvalue", "", file])
    }

    /// The client's path on PATH, or nil.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/\(executable)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `query` (read from the file `input`), writing the client's standard output to `output`;
    /// returns its standard error when it fails.
    func run(_ query: String, input: String, output: String) -> String? {
        guard let path else { return "no \(executable) executable on PATH" }
        guard FileManager.default.createFile(atPath: input, contents: Data(query.utf8)), let source = FileHandle(forReadingAtPath: input),
              FileManager.default.createFile(atPath: output, contents: nil), let sink = FileHandle(forWritingAtPath: output) else {
            return "cannot write the temporary files \(input), \(output)"
        }
        defer {
            try? source.close()
            try? sink.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let errors = Pipe()
        process.standardInput = source
        process.standardOutput = sink
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return "cannot run \(path): \(error.localizedDescription)"
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? "\(executable) exited with status \(process.terminationStatus)" : text
        }
        return nil
    }
}
