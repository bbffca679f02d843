import IndcSemantics

/// Joins the variable records into variables: strings with their continuation slots, very long
/// strings with their segments, long names, labels, missing values and value labels.
extension SystemFileRecords {
    /// The encoding of the file's text: the encoding record (7/20), else the character code (7/3),
    /// else Windows-1252 (older files, whose ASCII is the same).
    func encoding() throws(SystemFileError) -> TextEncoding {
        if let name = encodingName?.uppercased() {
            switch name {
            case "UTF-8", "UTF8", "US-ASCII", "ASCII", "ANSI_X3.4-1968": return .utf8
            case "WINDOWS-1252", "CP1252": return .windows1252
            case "ISO-8859-1", "ISO_8859-1", "LATIN1", "LATIN-1": return .latin1
            default: throw .invalid("its text encoding \(name) is not supported (UTF-8, Windows-1252 and Latin-1 are): save it in Unicode mode")
            }
        }
        switch characterCode ?? 1252 {
        case 65001, 2, 20127: return .utf8
        case 28591: return .latin1
        case 1252: return .windows1252
        case let code: throw .invalid("its character code \(code) is not supported (UTF-8, Windows-1252 and Latin-1 are): save it in Unicode mode")
        }
    }

    /// The variables in dictionary order.
    func variables(_ encoding: TextEncoding) throws(SystemFileError) -> [SystemFileVariable] {
        var variables: [SystemFileVariable] = []
        var slot = 0
        while slot < raws.count {
            let raw = raws[slot]
            guard raw.type != -1 else { throw .invalid("slot \(slot + 1) continues a string, but no string comes before it") }
            let slots = raw.type == 0 ? 1 : (raw.type + 7) / 8
            guard slot + slots <= raws.count, raws[(slot + 1)..<(slot + slots)].allSatisfy({ $0.type == -1 }) else {
                throw .invalid("string variable \(Self.text(raw.name, encoding)) lacks its continuation records")
            }
            var variable = SystemFileVariable(name: Self.text(raw.name, encoding), shortName: Self.text(raw.name, encoding), width: raw.type,
                                              segments: [(slot, max(raw.type, 8))], label: raw.label.map { Self.text($0, encoding) },
                                              format: raw.format)
            if raw.type == 0 {
                let values = raw.missing.map { Double(bitPattern: SystemFileCursor.word($0, bigEndian: isBigEndian)) }
                if raw.missingCode < 0 {
                    guard values[0] <= values[1] else { throw .invalid("variable \(variable.name) has a missing range from high to low") }
                    variable.missingRange = values[0]...values[1]
                }
                variable.missingNumbers = Array(raw.missingCode < 0 ? values.dropFirst(2) : values[...])
            } else {
                variable.missingStrings = raw.missing.map { Self.text($0, encoding) }
            }
            variables.append(variable)
            slot += slots
        }
        try joinSegments(&variables)
        for index in variables.indices { variables[index].name = longNames[variables[index].shortName.uppercased()] ?? variables[index].shortName }
        try attachLabels(&variables, encoding)
        return variables
    }

    /// Very long strings (7/14): the segment variables after the first are joined into it. A string
    /// of width W has ⌈W / 252⌉ segments; each but the last holds 255 bytes of the value, the last is
    /// W − 252 × (segments − 1) wide (its surplus is padding).
    private func joinSegments(_ variables: inout [SystemFileVariable]) throws(SystemFileError) {
        var index = 0
        while index < variables.count {
            defer { index += 1 }
            guard let width = veryLongWidths[variables[index].shortName.uppercased()], width > 255 else { continue }
            guard width <= 32767 else { throw .invalid("a string is \(width) bytes wide") }
            let count = (width + 251) / 252
            guard index + count <= variables.count, variables[index..<(index + count)].allSatisfy({ !$0.isNumeric }) else {
                throw .invalid("very long string \(variables[index].name) lacks its segments")
            }
            variables[index].segments = (0..<count).map { part in
                (variables[index + part].segments[0].slot, part < count - 1 ? 255 : width - 252 * (count - 1))
            }
            variables[index].width = width
            variables.removeSubrange((index + 1)..<(index + count))
        }
    }

    private func attachLabels(_ variables: inout [SystemFileVariable], _ encoding: TextEncoding) throws(SystemFileError) {
        let byFirstSlot = Dictionary(variables.indices.map { (variables[$0].segments[0].slot + 1, $0) }, uniquingKeysWith: { first, _ in first })
        for set in labelSets {
            for slot in set.slots {
                guard let index = byFirstSlot[slot] else { throw .invalid("value labels name slot \(slot), which starts no variable") }
                for (value, label) in set.labels {
                    if variables[index].isNumeric {
                        guard value.count == 8 else { throw .invalid("a numeric value label's value is \(value.count) bytes") }
                        variables[index].numberLabels.append((Double(bitPattern: SystemFileCursor.word(value, bigEndian: isBigEndian)), Self.text(label, encoding)))
                    } else {
                        variables[index].stringLabels.append((Self.trimmed(value), Self.text(label, encoding)))
                    }
                }
            }
        }
    }

    /// Text in the file's encoding, trailing spaces dropped.
    static func text(_ bytes: some Collection<UInt8>, _ encoding: TextEncoding) -> String {
        trimmed(bytes).withUnsafeBytes { FieldText.decode($0, encoding) }
    }
}
