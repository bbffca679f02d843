import Foundation
import IndcSemantics
import IndcSyntax
import Testing
@testable import IndcEngine

extension InferTests {
    /// The inference on small files written here: encodings, delimiters, missing codes, level order, names.
    struct Engine {
        static func infer(_ text: String, sampleRows: Int = 1000) throws -> InferredDataset {
            try infer(Array(text.utf8), sampleRows: sampleRows)
        }

        static func infer(_ bytes: [UInt8], sampleRows: Int = 1000) throws -> InferredDataset {
            let path = try Errors.temporaryFile(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            return try DatasetInference.infer(path: path, sampleRows: sampleRows)
        }

        static func column(_ dataset: InferredDataset, _ header: String) throws -> InferredColumn {
            try #require(dataset.columns.first { $0.header == header })
        }

        @Test("a byte Windows-1252 leaves undefined falls back to Latin-1, naming both rejections")
        func latin1Fallback() throws {
            let dataset = try Self.infer(Array("naam\nA".utf8) + [0x9D, 0x0A, 0xEB, 0x0A] + Array("A".utf8) + [0x9D, 0x0A])
            #expect(dataset.encoding == .latin1)
            guard case .encoding(_, _, let rejected, _) = try #require(dataset.remarks.first(where: { if case .encoding = $0 { true } else { false } })) else { return }
            #expect(rejected.map(\.encoding) == [.utf8, .windows1252])
            #expect(rejected.map(\.line) == [2, 2])
        }

        @Test("a byte beyond the first megabyte that is not UTF-8 makes the whole file Windows-1252")
        func lateWindows1252() throws {
            let rows = String(repeating: "abc,1\n", count: 200_000)
            let dataset = try Self.infer(Array("naam,n\n\(rows)".utf8) + [0x80] + Array(",2\n".utf8))
            #expect(dataset.encoding == .windows1252)
            #expect(dataset.rows == 200_001)
            #expect(try Self.column(dataset, "naam").type == .category(["abc", "€"]))
        }

        @Test("';' wins over ',' when ',' splits decimal commas and the header: fewer fields hold another delimiter")
        func semicolonWithDecimalCommas() throws {
            let dataset = try Self.infer("naam;bedrag, euro\nx;12,5\ny;3,25\n")
            #expect(dataset.delimiter == UInt8(ascii: ";"))
            #expect(dataset.decimalMark == UInt8(ascii: ","))
            #expect(try Self.column(dataset, "bedrag, euro").type == .number)
        }

        @Test("a file with one column, and rows with another number of fields than the header")
        func layout() throws {
            #expect(try Self.infer("naam\nx\ny\nx\n").remarks.contains(.singleColumn))
            let ragged = try Self.infer("a,b\n1,2\n3\n4,5\n6,7,8\n")
            #expect(ragged.remarks.contains(.raggedRows(count: 2, firstLine: 3, fields: 1, headerFields: 2)))
            #expect(try Self.column(ragged, "a").type == .integer)
        }

        @Test("numeric missing codes: 9 on a 1-5 scale, 999 next to ages, -1 next to counts; 99 is no code among 0-100")
        func numericCodes() throws {
            let dataset = try Self.infer("likert,leeftijd,aantal,procent\n1,34,0,99\n5,999,3,50\n9,67,-1,0\n3,18,12,100\n")
            #expect(try Self.column(dataset, "likert").remarks == [.probableNumericCode(9, count: 1, others: 1...5)])
            #expect(try Self.column(dataset, "leeftijd").remarks == [.probableNumericCode(999, count: 1, others: 18...67)])
            #expect(try Self.column(dataset, "aantal").remarks == [.probableNumericCode(-1, count: 1, others: 0...12)])
            #expect(try Self.column(dataset, "procent").remarks.isEmpty)
        }

        @Test("text among numbers: a code word is declared missing; another word keeps the column text, with a hint")
        func textAmongNumbers() throws {
            let rows = (1...40).map { "\($0);\($0 == 7 ? "tien" : String($0));\($0 == 3 ? "onbekend" : "1,5")\n" }
            let dataset = try Self.infer("id;score;bedrag\n" + rows.joined())
            let score = try Self.column(dataset, "score")
            #expect(score.type == .text)
            #expect(score.remarks == [.manyValues(line: 32), .mostlyNumbers(others: 1, line: 8, value: "tien", type: .integer)])
            let bedrag = try Self.column(dataset, "bedrag")
            #expect(bedrag.type == .number && bedrag.missingCodes == [.text("onbekend")])
        }

        @Test("empty fields decide nothing; an always-empty column, or one of only missing codes, is text")
        func emptyColumns() throws {
            let dataset = try Self.infer("id,leeg,codes,score\n1,,NA,\n2,,,4\n3,,n.v.t.,\n")
            #expect(try Self.column(dataset, "leeg").type == .text && Self.column(dataset, "leeg").remarks == [.alwaysEmpty])
            #expect(try Self.column(dataset, "codes").remarks == [.onlyMissingCodes(["NA", "n.v.t."])])
            #expect(try Self.column(dataset, "score").type == .integer)
        }

        @Test("a repeated value with a carriage return cannot be a category level")
        func carriageReturn() throws {
            let dataset = try Self.infer("id,groep\n1,\"a\r\nb\"\n2,\"a\r\nb\"\n3,c\n")
            let groep = try Self.column(dataset, "groep")
            #expect(groep.type == .text && groep.remarks == [.carriageReturn])
        }

        @Test("a first line of numbers is probably data, not a header")
        func headerLooksLikeData() throws {
            #expect(try Self.infer("1,2024-01-01,3.5\n2,2024-01-02,4\n").remarks.contains(.headerLooksLikeData))
            #expect(try !Self.infer("regio,2023,2024\nNoord,1,2\n").remarks.contains(.headerLooksLikeData))
        }

        @Test("progress ends with the whole file read")
        func progress() throws {
            let path = try Errors.temporaryFile(Array("a,b\n1,2\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            var reports: [(Int, Int)] = []
            _ = try DatasetInference.infer(path: path) { reports.append(($0, $1)) }
            #expect(reports.last.map { $0 == (8, 8) } == true)
        }

        @Test("levels: numbers by value, text without case or accents with numbers inside by value")
        func levelOrder() {
            #expect(ColumnTypeInference.ordered(["10", "9", "1,5", "-2"]) == ["-2", "1,5", "9", "10"])
            #expect(ColumnTypeInference.ordered(["groep 10", "Groep 2", "groep 1"]) == ["groep 1", "Groep 2", "groep 10"])
            #expect(ColumnTypeInference.ordered(["Zuid", "Épinal", "eindhoven"]) == ["eindhoven", "Épinal", "Zuid"])
        }

        @Test("names and strings as .ind source; a dataset name from a file name")
        func spelling() {
            #expect(Spelling.name("jaar") == "jaar" && Spelling.name("patiëntportaal_2024") == "patiëntportaal_2024")
            #expect(Spelling.name("source") == "`source`" && Spelling.name("leeftijd (jaren)") == "`leeftijd (jaren)`")
            #expect(Spelling.name("a`b") == nil && Spelling.name("") == nil && Spelling.name("a\nb") == nil)
            #expect(Spelling.string("zegt \"ja\"\\\n\t") == #""zegt \"ja\"\\\n\t""#)
            #expect(Spelling.string("a\rb") == nil)
            #expect(Spelling.identifier(from: "2024 Export-v1") == "data_2024_export_v1")
            #expect(Spelling.identifier(from: "Zorggebruikers") == "zorggebruikers" && Spelling.identifier(from: "source") == "source_data")
            #expect(Spelling.identifier(from: "---") == "data")
        }
    }
}
