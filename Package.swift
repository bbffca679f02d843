// swift-tools-version:6.0
// indc — a compiler for the `.ind` indicator language.
// One library target per pipeline stage; `indc` is a thin executable over IndcCLI.
// No package dependencies: the toolchain, Foundation and Swift Testing only.
import PackageDescription

let package = Package(
    name: "indc",
    products: [
        .executable(name: "indc", targets: ["indc"]),
        .library(name: "IndcCLI", targets: ["IndcCLI"]),
    ],
    targets: [
        .target(name: "IndcDiagnostics"),
        .target(name: "IndcSyntax", dependencies: ["IndcDiagnostics"]),
        .target(name: "IndcSemantics", dependencies: ["IndcDiagnostics", "IndcSyntax"]),
        .target(name: "IndcPlan", dependencies: ["IndcSyntax", "IndcSemantics"]),
        .target(name: "IndcEngine", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcPlan"]),
        .target(name: "IndcSQL", dependencies: ["IndcSyntax", "IndcSemantics", "IndcPlan"]),
        .target(name: "IndcTesting", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcPlan", "IndcEngine"]),
        .target(name: "IndcLanguageServer", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcEngine"]),
        .target(name: "IndcOutput", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcEngine"]),
        .target(name: "IndcReport", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcOutput"]),
        .target(name: "IndcCLI", dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcPlan", "IndcEngine", "IndcOutput", "IndcSQL", "IndcReport", "IndcTesting", "IndcLanguageServer"]),
        .executableTarget(name: "indc", dependencies: ["IndcCLI"]),
        .testTarget(
            name: "IndcTests",
            dependencies: ["IndcDiagnostics", "IndcSyntax", "IndcSemantics", "IndcPlan", "IndcEngine", "IndcOutput", "IndcSQL", "IndcReport", "IndcTesting", "IndcLanguageServer", "IndcCLI"]
        ),
    ]
)
