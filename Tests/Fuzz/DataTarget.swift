// libFuzzer target: the CSV reader and the engine. The first byte picks one of the datasets of
// DataTarget.ind (delimiters, decimal comma, encodings, weights and strata, `on error skip`); the
// rest is that dataset's file, run through every indicator on it and written as result tables.
// Built by fuzz.sh, not SwiftPM.
import Foundation
import IndcEngine
import IndcOutput
import IndcPlan
import IndcSemantics

/// One plan per dataset of the project (its indicators only), and a folder for the data files.
private let project: (plans: [(dataset: String, plan: ExecutionPlan)], folder: String) = {
    let folder = NSTemporaryDirectory() + "indc-fuzz-data-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let source = ProcessInfo.processInfo.environment["INDC_FUZZ_PROJECT"] ?? "Tests/Fuzz/DataTarget.ind"
    guard let result = try? Checker.check(paths: [source]), result.errorCount == 0 else { fatalError("\(source) does not check clean") }
    let plans = result.project.datasets.map { dataset in
        let names = Set(result.project.indicators.filter { $0.source == dataset.name }.map(\.name))
        return (dataset.name, Planner.plan(result.project, selected: names))
    }
    return (plans, folder)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzData(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let (dataset, plan) = project.plans[Int(data[0]) % project.plans.count]
    let path = project.folder + "/data.csv"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data + 1, count: size - 1))
    let outcome = Engine.run(plan, dataFiles: [dataset: path], splitThreshold: size % 2 == 0 ? 1 : 1 << 40, parts: 3)
    for result in outcome.results {
        _ = ResultCSV.text(ResultTable(result), dialect: size % 3 == 0 ? .dutch : .standard)
    }
    return 0
}
