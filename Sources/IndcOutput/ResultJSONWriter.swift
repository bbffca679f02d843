import IndcDiagnostics
import IndcSemantics

extension ResultJSON {
    /// Writes the document of `document(_:datasets:toolVersion:sourcePath:)`, byte for byte, row by
    /// row into `sink`: only one row's JSON is held at a time.
    public static func write(_ entries: [Entry], datasets: [Dataset], toolVersion: String, sourcePath: (String) -> String, into sink: inout FileSink) {
        let byName = Dictionary(datasets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        sink.buffer += "{\n  \"generator\": "
        JSONValue.string("indc \(toolVersion)").write(into: &sink.buffer, depth: 1)
        sink.buffer += ",\n  \"indicators\": ["
        for (index, entry) in entries.enumerated() {
            sink.buffer += index == 0 ? "\n    {" : ",\n    {"
            for (position, (key, value)) in members(entry, byName, sourcePath).enumerated() {
                member(key, first: position == 0, into: &sink.buffer)
                value.write(into: &sink.buffer, depth: 3)
            }
            if case .computed(let table) = entry {
                member("rows", first: false, into: &sink.buffer)
                sink.buffer += "["
                let keys = rowKeys(table.columns)
                for number in table.rows.indices {
                    sink.buffer += number == 0 ? "\n        {" : ",\n        {"
                    let fields = table.rows[number]
                    for column in fields.indices {
                        sink.buffer += keys[column]
                        value(fields[column]).write(into: &sink.buffer, depth: 5)
                    }
                    sink.buffer += fields.isEmpty ? "}" : "\n        }"
                    sink.flushIfFull()
                }
                sink.buffer += table.rows.isEmpty ? "]" : "\n      ]"
            }
            sink.buffer += "\n    }"
            sink.flushIfFull()
        }
        sink.buffer += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    }

    /// What comes before each field of a row object (`row(_:_:)` at depth 4): the separator, the
    /// line break and indentation, and the quoted key; made once per table.
    private static func rowKeys(_ columns: [String]) -> [String] {
        columns.indices.map { index in
            var key = index == 0 ? "\n          " : ",\n          "
            JSONValue.string(columns[index]).write(into: &key)
            return key + ": "
        }
    }

    private static func member(_ key: String, first: Bool, into output: inout String) {
        output += first ? "\n      " : ",\n      "
        JSONValue.string(key).write(into: &output, depth: 3)
        output += ": "
    }
}
