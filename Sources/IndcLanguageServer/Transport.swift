// The language-server stage: LSP over standard input/output (JSON-RPC 2.0 with
// Content-Length framing), answering from the same parser and checker as `indc check`.
import Foundation

/// Reads and writes LSP messages: `Content-Length: N\r\n\r\n` followed by N bytes of JSON.
public struct Transport {
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    /// The largest message accepted (a whole 4 MiB file as JSON, with room to spare).
    static let maximumLength = 64 << 20

    /// A transport over two file descriptors (standard input and output by default).
    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// The next message's JSON object, nil at end of input. Malformed frames are skipped.
    public mutating func read() -> [String: Any]? {
        while true {
            guard let header = readHeader() else { return nil }
            guard let length = Self.contentLength(header), length <= Self.maximumLength else { continue }
            guard let body = readBytes(length) else { return nil }
            if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] { return object }
        }
    }

    /// Writes one message.
    public func write(_ message: [String: Any]) {
        guard let body = try? JSONSerialization.data(withJSONObject: message, options: [.withoutEscapingSlashes]) else { return }
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame += body
        var written = 0
        while written < frame.count {
            let result = frame[written...].withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
            if result <= 0 { return }
            written += result
        }
    }

    static func contentLength(_ header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    private mutating func readHeader() -> String? {
        let terminator: [UInt8] = [13, 10, 13, 10]
        while true {
            if let end = find(terminator) {
                let header = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeFirst(end + 4)
                return header
            }
            if buffer.count > 8192 { buffer.removeAll() }
            guard fill() else { return nil }
        }
    }

    private mutating func readBytes(_ count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count) where buffer[start] == pattern[0] {
            if Array(buffer[start..<start + pattern.count]) == pattern { return start }
        }
        return nil
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }
}
