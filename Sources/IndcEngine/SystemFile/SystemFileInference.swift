import IndcSemantics
import IndcSyntax

/// `indc infer FILE.sav`: the dataset block from a system file's own dictionary, checked against its cases.
///
/// A variable with value labels is a category whose levels are its labels in code order (labels of
/// user-missing codes left out; a value without a label becomes a level after them); a date-formatted
/// number is a date; another number is an integer when every value is whole, else a number; a
/// string is a category when at most 30 distinct values repeat, else text. Variable labels become
/// comments. User-missing values need no clause: the reader reads them as missing.
enum SystemFileInference {
    static func infer(path: String) throws(InferenceError) -> InferredDataset {
        let reader: SystemFileReader
        do {
            reader = try SystemFileReader(path: path)
        } catch {
            if case .cannotOpen(_, let reason) = error { throw .unreadable(path: path, reason: reason) }
            throw .malformedCSV(path: path, problem: error)
        }
        let variables = reader.variables
        var isWhole = [Bool](repeating: true, count: variables.count)
        var unlabeled = [Set<String>](repeating: [], count: variables.count)
        var distinct = [DistinctValues](repeating: DistinctValues(), count: variables.count)
        var record = CSVRecord()
        var rows = 0
        do {
            while try reader.next(&record) {
                rows += 1
                for (index, variable) in variables.enumerated() where !record.isEmpty(index) {
                    let bytes = record.bytes(index)
                    distinct[index].add(bytes, line: record.line)
                    guard variable.isNumeric, !variable.isDate, let value = CSVNumber.decimal(bytes) else { continue }
                    if value != value.rounded() { isWhole[index] = false }
                    if !variable.numberLabels.isEmpty && !variable.numberLabels.contains(where: { $0.value == value }) {
                        unlabeled[index].insert(record.text(index))
                    }
                }
            }
        } catch {
            throw .malformedCSV(path: path, problem: error)
        }
        let columns = variables.enumerated().map { index, variable in
            column(variable, position: index + 1, isWhole: isWhole[index], unlabeled: unlabeled[index], distinct: distinct[index],
                   encoding: reader.dictionary.encoding)
        }
        let compression = ["uncompressed", "bytecode-compressed", "zlib-compressed (.zsav)"][reader.dictionary.compression]
        var dataset = InferredDataset(path: path, delimiter: UInt8(ascii: ","), decimalMark: UInt8(ascii: "."), encoding: .utf8, rows: rows,
                                      sampleRows: rows, columns: columns,
                                      remarks: [.systemFile(cases: rows, compression: compression, encoding: reader.dictionary.encoding)])
        dataset.levelsInCodeOrder = true
        return dataset
    }

    private static func column(_ variable: SystemFileVariable, position: Int, isWhole: Bool, unlabeled: Set<String>,
                               distinct: DistinctValues, encoding: TextEncoding) -> InferredColumn {
        var remarks: [ColumnRemark] = variable.label.map { [.variableLabel($0)] } ?? []
        let type: ValueType
        if variable.isNumeric && !variable.numberLabels.isEmpty {
            let labels = variable.numberLabels.filter { !variable.isMissing($0.value) }.sorted { $0.value < $1.value }.map(\.label)
            let extra = unlabeled.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
            type = .category(unique(labels + extra))
        } else if !variable.isNumeric && !variable.stringLabels.isEmpty {
            let labels = variable.stringLabels.sorted { $0.value.lexicographicallyPrecedes($1.value) }.map(\.label)
            let codes = Set(variable.stringLabels.map { SystemFileRecords.text($0.value, encoding) })
            let found = distinct.values.map { String(decoding: $0.bytes, as: UTF8.self) }.filter { !codes.contains($0) }
            type = .category(unique(labels + found.sorted()))
        } else if variable.isNumeric {
            type = variable.isDate ? .date : isWhole ? .integer : .number
        } else if distinct.overflowLine == nil, distinct.hasRepeats {
            type = .category(ColumnTypeInference.ordered(distinct.values.map { String(decoding: $0.bytes, as: UTF8.self) }))
        } else {
            type = .text
        }
        let isDeclarable = Spelling.name(variable.name) != nil
        if !isDeclarable { remarks.append(.unwritableName(variable.name, position: position)) }
        else if Keyword(rawValue: variable.name) != nil { remarks.append(.keyword(variable.name)) }
        return InferredColumn(position: position, header: variable.name, isDeclarable: isDeclarable, type: type, missingCodes: [], remarks: remarks)
    }

    /// The levels without repeats (two codes may share a label), in their order.
    private static func unique(_ levels: [String]) -> [String] {
        var seen = Set<String>()
        return levels.filter { seen.insert($0).inserted }
    }
}
