import Foundation
import Testing

extension InferTests {
    /// Files `indc infer` cannot describe, and wrong arguments: one `error:` line on stderr, nothing on stdout, exit 2.
    struct Errors {
        /// Writes a temporary file and returns its path.
        static func temporaryFile(_ bytes: [UInt8], suffix: String = ".csv") throws -> String {
            let path = NSTemporaryDirectory() + "indc-infer-\(UUID().uuidString)\(suffix)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }

        static func expectOneLineError(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let result = TestSupport.run(arguments)
            #expect(result.status == 2, sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
            #expect(result.stderr.hasPrefix("error: \(message)"), "got \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        }

        @Test("a missing file, a directory and an empty file")
        func unreadableInput() {
            Self.expectOneLineError(["infer", "\(folder)/no-such-file.csv"], "no such file: \(folder)/no-such-file.csv")
            Self.expectOneLineError(["infer", folder], "\(folder) is a directory: name the CSV file itself")
            Self.expectOneLineError(["infer", "\(folder)/empty.csv"], "\(folder)/empty.csv is empty: a CSV file starts with a header line")
        }

        @Test("a file with only a byte order mark or blank lines has no header")
        func noHeader() throws {
            for bytes: [UInt8] in [[0xEF, 0xBB, 0xBF], [0x0A, 0x0D, 0x0A]] {
                let path = try Self.temporaryFile(bytes)
                defer { try? FileManager.default.removeItem(atPath: path) }
                Self.expectOneLineError(["infer", path], "\(path) is empty")
            }
        }

        @Test("binary files: NUL bytes, a zip archive (an Excel workbook), UTF-16")
        func binary() throws {
            let files: [([UInt8], String)] = [
                ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "is not a text file (byte 0x00 at offset 8)"),
                ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "is not a text file (a zip archive, such as an Excel workbook): export the sheet as CSV"),
                ([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00], "is not a text file (it is UTF-16): save it as CSV UTF-8"),
            ]
            for (bytes, message) in files {
                let path = try Self.temporaryFile(bytes)
                defer { try? FileManager.default.removeItem(atPath: path) }
                Self.expectOneLineError(["infer", path], "\(path) \(message)")
            }
        }

        @Test("a file that cannot be opened", .enabled(if: getuid() != 0, "root may read any file"))
        func permissionDenied() throws {
            let path = try Self.temporaryFile(Array("a,b\n1,2\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
            Self.expectOneLineError(["infer", path], "cannot read \(path): ")
        }

        @Test("a quote that is never closed is reported with its line, and reading goes on at the next line")
        func unclosedQuote() throws {
            let path = try Self.temporaryFile(Array("a,b\n1,\"open\n2,3\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = TestSupport.run(["infer", path])
            #expect(result.status == 0)
            #expect(result.stdout.contains("# 1 row has a quote error (first: line 2: quote is not closed): indc run reports it as a data error"))
            #expect(result.stdout.contains("# read all 1 rows;"))
        }

        @Test("usage errors print the usage too", arguments: [
            (["infer"], "error: missing argument <file>"),
            (["infer", "a.csv", "--sample", "0"], "error: --sample needs a whole number of rows of at least 1, got '0'"),
            (["infer", "a.csv", "--sample", "many"], "error: --sample needs a whole number of rows of at least 1, got 'many'"),
            (["infer", "a.csv", "--name", "a`b"], "error: --name 'a`b' cannot be written as a name"),
            (["infer", "a.csv", "b.csv"], "error: unexpected argument 'b.csv'"),
        ] as [([String], String)])
        func usage(_ arguments: [String], _ message: String) {
            let result = TestSupport.run(arguments)
            #expect(result.status == 2)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix(message) == true, "got \(lines.first ?? "nothing")")
            #expect(lines.dropFirst().first == "Usage: indc infer <file> [--name <name>] [--sample <rows>]")
        }
    }
}
