/// Decodes field bytes in the encodings a dataset may declare.
enum TextDecoding {
    /// Windows-1252's characters for bytes 0x80-0x9F (0 where the code page leaves a byte undefined).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8], _ encoding: TextEncoding) throws(HeaderCheck.ReadError) -> String {
        switch encoding {
        case .utf8:
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw HeaderCheck.ReadError(description: "the header is not valid UTF-8",
                                            help: "files saved by Excel are often Windows-1252: declare encoding \"windows-1252\"")
            }
            return text
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if (0x80...0x9F).contains(byte) {
                    let value = windows1252High[Int(byte - 0x80)]
                    guard value != 0, let scalar = Unicode.Scalar(value) else {
                        throw HeaderCheck.ReadError(description: "byte 0x\(String(byte, radix: 16, uppercase: true)) is not a Windows-1252 character")
                    }
                    scalars.append(scalar)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
        }
    }
}
