// libFuzzer target: the SPSS system-file reader (`.sav`, `.zsav` with its inflate) and `indc infer`
// on it. The input is the file; every case is read with and without value labels, then inferred.
// Built by fuzz.sh, not SwiftPM.
import Foundation
import IndcEngine

private let path = NSTemporaryDirectory() + "indc-fuzz-sav-\(getpid()).sav"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSystemFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    for useLabels in [false, true] {
        guard let probe = try? SystemFileReader(path: path) else { break }
        guard let reader = try? SystemFileReader(path: path, labelled: useLabels ? Set(probe.readHeader()) : []) else { break }
        var record = CSVRecord()
        while (try? reader.next(&record)) == true {
            for field in 0..<record.count { _ = record.text(field) }
        }
    }
    _ = try? DatasetInference.infer(path: path)
    return 0
}
