/// The cell styles of a workbook (`xl/styles.xml`): the header, withheld cells, wrapped text, and
/// one number format per `NumberStyle` used (`0.0%`, `+0.0;-0.0;0.0`, …).
struct WorkbookStyles {
    /// Fixed cell formats: 0 default, 1 header (bold, grey fill), 2 withheld (italic, hatched fill), 3 wrapped text.
    static let header = 1, withheld = 2, wrapped = 3
    private var numberStyles: [NumberStyle] = []

    /// The cell format index of a number style, registering it on first use.
    mutating func index(of style: NumberStyle) -> Int {
        if let found = numberStyles.firstIndex(of: style) { return 4 + found }
        numberStyles.append(style)
        return 3 + numberStyles.count
    }

    /// The Excel number format code of a style: `0.0%`, `0`, `+0.0;-0.0;0.0`.
    static func formatCode(_ style: NumberStyle) -> String {
        let base = (style.decimals > 0 ? "0." + String(repeating: "0", count: style.decimals) : "0") + (style.percent ? "%" : "")
        return style.signed ? "+\(base);-\(base);\(base)" : base
    }

    /// The styles part.
    var xml: String {
        let formats = numberStyles.enumerated().map { "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(XML.escape(Self.formatCode($0.element)))\"/>" }
        let numberXfs = numberStyles.indices.map { "<xf numFmtId=\"\(164 + $0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }
        return XML.declaration + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="\(max(formats.count, 0))">\(formats.joined())</numFmts>\
            <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font>\
            <font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/></font></fonts>\
            <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>\
            <fill><patternFill patternType="lightGray"><fgColor rgb="FFBFBFBF"/><bgColor rgb="FFF2F2F2"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(4 + numberXfs.count)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
            <xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"><alignment horizontal="right"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
            \(numberXfs.joined())</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
    }
}

/// XML text helpers.
enum XML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Text safe inside an element or attribute: markup characters escaped, characters XML 1.0
    /// cannot hold (control characters other than tab and line breaks) left out.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
