/// A zip archive (PKWARE APPNOTE 6.3) with stored (uncompressed) entries, as an Office Open XML
/// package needs: local headers, the data, a central directory and its end record. Entries carry
/// a fixed date (1980-01-01), so the same contents give the same bytes.
struct ZipArchive {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Adds a file with its path inside the archive.
    mutating func add(_ path: String, _ data: [UInt8]) {
        let name = Array(path.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(body.count)
        var local: [UInt8] = []
        local.append32(0x0403_4B50)
        local.append16(20)              // version needed: 2.0
        local.append16(0x0800)          // flags: names are UTF-8
        local.append16(0)               // method: stored
        local.append16(0)               // time 00:00
        local.append16(0x0021)          // date 1980-01-01
        local.append32(crc)
        local.append32(UInt32(data.count))
        local.append32(UInt32(data.count))
        local.append16(UInt16(name.count))
        local.append16(0)
        body += local + name + data
        directory.append32(0x0201_4B50)
        directory.append16(20)
        directory += local[4...]        // from "version needed" to the extra length, as in the local header
        directory.append16(0)           // comment length
        directory.append16(0)           // disk number
        directory.append16(0)           // internal attributes
        directory.append32(0)           // external attributes
        directory.append32(offset)
        directory += name
        count += 1
    }

    /// The archive's bytes.
    var bytes: [UInt8] {
        var end: [UInt8] = []
        end.append32(0x0605_4B50)
        end.append16(0)
        end.append16(0)
        end.append16(UInt16(count))
        end.append16(UInt16(count))
        end.append32(UInt32(directory.count))
        end.append32(UInt32(body.count))
        end.append16(0)
        return body + directory + end
    }
}

/// The CRC-32 of zip entries (polynomial 0xEDB88320, reflected).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of `data`.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
