// libFuzzer target: the `.ind` front end. Each input is written as a `.ind` file next to a small
// data file and checked (loader, lexer, parser, checker, lints, header check), its diagnostics are
// rendered in every format, and a clean project is planned and run. Built by fuzz.sh, not SwiftPM.
import Foundation
import IndcDiagnostics
import IndcEngine
import IndcPlan
import IndcSemantics

private let workspace: String = {
    let folder = NSTemporaryDirectory() + "indc-fuzz-frontend-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
    let data = ProcessInfo.processInfo.environment["INDC_FUZZ_DATA"] ?? "Tests/Cases/check/data/panel.csv"
    try? FileManager.default.removeItem(atPath: folder + "/data/panel.csv")
    try? FileManager.default.copyItem(atPath: data, toPath: folder + "/data/panel.csv")
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = workspace + "/input.ind"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    guard let result = try? Checker.check(paths: [path], headers: DataHeaders.read) else { return 0 }
    for format in DiagnosticFormat.allCases {
        _ = DiagnosticRenderer(format: format, sourceRoot: workspace).render(result.diagnostics)
    }
    guard result.errorCount == 0 else { return 0 }
    let plan = Planner.plan(result.project)
    _ = PlanPrinter.render(plan)
    _ = Engine.run(plan)
    return 0
}
