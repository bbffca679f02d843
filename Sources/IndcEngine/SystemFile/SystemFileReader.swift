#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IndcSemantics

/// Reads an SPSS system file (`.sav`, uncompressed or bytecode-compressed, or `.zsav`) case by case
/// as CSV records of UTF-8 text fields, so that `indc run` treats it like a CSV file whose header is
/// the variable names.
///
/// A number is written as the shortest text that reads back exactly, a date-formatted one as
/// yyyy-mm-dd; system-missing and user-missing values (discrete or a range) are empty fields; a
/// variable in `labelled` is written as its value label where its value has one (category levels).
/// Strings lose their trailing spaces. The `line` of a case is its number from 1. The whole file is
/// read into memory.
public final class SystemFileReader {
    /// The variables in dictionary order.
    let variables: [SystemFileVariable]
    let dictionary: SystemFileDictionary
    private var cases: SystemFileCases
    private var slots: [UInt8]
    private let labelled: [Bool]
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 12
    private var caseNumber = 0
    private var failure: CSVError?

    /// Whether the path is a regular file that starts as a system file does (`$FL2`, `$FL3`). A pipe
    /// or device is never looked into: reading its first bytes would take them from the CSV reader.
    public static func isSystemFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        return magic == Data("$FL2".utf8) || magic == Data("$FL3".utf8)
    }

    /// Reads the file and its dictionary; `labelled` names the variables written as their value labels.
    public init(path: String, labelled: Set<String> = []) throws(CSVError) {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .cannotOpen(path: path, reason: (error as NSError).localizedFailureReason ?? "it cannot be read")
        }
        do throws(SystemFileError) {
            dictionary = try SystemFileDictionary(bytes)
            let data = dictionary.compression == 2
                ? try SystemFileCases.zlibStream(bytes, at: dictionary.dataOffset, isBigEndian: dictionary.isBigEndian) : bytes
            cases = SystemFileCases(data: data, position: dictionary.compression == 2 ? 0 : dictionary.dataOffset, dictionary: dictionary)
        } catch {
            throw .invalidSystemFile(error.description)
        }
        variables = dictionary.variables
        slots = [UInt8](repeating: 0, count: dictionary.slotCount * 8)
        self.labelled = variables.map { labelled.contains($0.name) }
        buffer = .allocate(capacity: capacity + FileWindow.padding)
    }

    deinit {
        buffer.deallocate()
    }

    /// The variable names, as the header of a CSV file.
    public func readHeader() -> [String] {
        variables.map(\.name)
    }

    /// The number of the next case (from 1).
    public var line: Int { caseNumber + 1 }

    /// Reads the next case into `record`; false after the last.
    public func next(_ record: inout CSVRecord) throws(CSVError) -> Bool {
        if let failure { throw failure }
        do throws(SystemFileError) {
            guard try cases.next(&slots) else { return false }
        } catch {
            failure = .invalidSystemFile("case \(caseNumber + 1): \(error.description)")
            throw failure!
        }
        caseNumber += 1
        var text: [UInt8] = []
        var bounds: [(Int, Int)] = []
        for (index, variable) in variables.enumerated() {
            let start = text.count
            SystemFileValues.append(variable, slots: slots, isBigEndian: dictionary.isBigEndian, encoding: dictionary.encoding,
                                    useLabel: labelled[index], to: &text)
            bounds.append((start, text.count))
        }
        if text.count > capacity {
            buffer.deallocate()
            capacity = text.count
            buffer = .allocate(capacity: capacity + FileWindow.padding)
        }
        text.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
        record.removeFields()
        for (start, end) in bounds { record.appendField(from: start, to: end) }
        record.base = buffer
        record.line = caseNumber
        record.encoding = .utf8
        return true
    }
}
