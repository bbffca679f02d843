import Foundation
import Testing
@testable import IndcEngine

/// A split file's ranges are checked for quotes and lone carriage returns one mapped window at a
/// time: the same verdict whatever the window, also where a CRLF straddles two windows.
struct FileSplitTests {
    static let page = Int(sysconf(Int32(_SC_PAGESIZE)))

    static func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "indc-split-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("small windows give the verdict one mapping gives; a quote or lone CR anywhere fails a range")
    func windows() throws {
        var generator = SeededGenerator(state: 7)
        let header = "a,b\r\n"
        var body = ""
        while body.utf8.count < 6 * Self.page {
            body += "\(Int.random(in: 0...99_999, using: &generator)),\(Int.random(in: 0...9, using: &generator))\r\n"
        }
        let clean = try Self.file(header + body)
        defer { try? FileManager.default.removeItem(atPath: clean) }
        let whole = try #require(FileSplit.ranges(path: clean, dataStart: header.utf8.count, parts: 3, minimumSize: 0))
        #expect(whole.count == 3)
        for window in [Self.page, 2 * Self.page, 3 * Self.page, 64 << 20] {
            #expect(whole.allSatisfy { FileSplit.isQuoteFree(path: clean, range: $0, window: window) })
        }
        let bytes = Array(body.utf8)
        for (position, insert) in [(5 * Self.page - 1, "\""), (2 * Self.page - 1, "\r"), (bytes.count - 1, "\"")] {
            var text = bytes
            text.insert(contentsOf: Array(insert.utf8), at: position)
            let path = try Self.file(header + String(decoding: text, as: UTF8.self))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let ranges = try #require(FileSplit.ranges(path: path, dataStart: header.utf8.count, parts: 3, minimumSize: 0))
            for window in [Self.page, 64 << 20] {
                #expect(ranges.count { !FileSplit.isQuoteFree(path: path, range: $0, window: window) } == 1,
                        "\(insert.debugDescription) at \(position), window \(window)")
            }
        }
    }
}
