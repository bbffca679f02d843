import Testing

/// The command line: help, version, and a table of usage errors (one line, usage, exit 2).
struct CommandLineTests {
    @Test("help and version go to stdout with exit 0", arguments: [
        ["--help"], ["-h"], [], ["help"], ["help", "check"], ["check", "--help"], ["explain", "-h"], ["--version"],
    ])
    func help(_ arguments: [String]) {
        let result = TestSupport.run(arguments)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.isEmpty)
    }

    @Test("subcommand help has the swift-argument-parser sections")
    func helpSections() {
        let result = TestSupport.run(["check", "--help"])
        for section in ["OVERVIEW:", "USAGE: indc check", "ARGUMENTS:", "OPTIONS:", "--format <format>", "--strict", "-h, --help"] {
            #expect(result.stdout.contains(section), "missing \(section)")
        }
        #expect(TestSupport.run(["--help"]).stdout.contains("SUBCOMMANDS:"))
        #expect(TestSupport.run(["--version"]).stdout == "indc 0.1.0\n")
    }

    @Test("usage errors: one error line, the usage, a pointer to help, exit 2", arguments: [
        (["chek"], "error: unknown subcommand 'chek'; did you mean 'check'?"),
        (["check", "--fromat", "json"], "error: unknown option '--fromat'; did you mean '--format'?"),
        (["check", "--format"], "error: option '--format' needs a value <format>"),
        (["check", "--format", "xml"], "error: invalid value 'xml' for '--format': expected one of text, short, json, sarif"),
        (["check", "--format", "json", "--format", "sarif"], "error: option '--format' is given twice"),
        (["check", "--strict", "--strict"], "error: option '--strict' is given twice"),
        (["check", "--strict=yes"], "error: option '--strict' takes no value"),
        (["check", "--color", "sometimes"], "error: invalid value 'sometimes' for '--color': expected one of auto, always, never"),
        (["explain"], "error: missing argument <code> (or --list)"),
        (["explain", "E9999"], "error: unknown diagnostic code 'E9999'"),
        (["explain", "E0302", "E0301"], "error: unexpected argument 'E0301'"),
        (["help", "nope"], "error: unknown subcommand 'nope'"),
        (["run", "--bogus"], "error: unknown option '--bogus'"),
        (["run", "--out"], "error: option '--out' needs a value <dir>"),
        (["run", "--out", "a", "--out", "b"], "error: option '--out' is given twice"),
        (["run", "--format", "xls"], "error: invalid value 'xls' for '--format': expected one of csv, csv-nl, xlsx, json"),
        (["run", "--indicator"], "error: option '--indicator' needs a value <name>"),
        (["run", "--data"], "error: option '--data' needs a value <dataset=file>"),
        (["run", "Indicators", "--data", "zorggebruikers"], "error: --data needs DATASET=FILE, got 'zorggebruikers'"),
        (["run", "Indicators", "--data", "zorggebruikers=a.csv", "--data", "zorggebruikers=b.csv"], "error: --data names dataset 'zorggebruikers' twice"),
        (["run", "Indicators", "--data", "zorggebruiker=a.csv"], "error: unknown dataset 'zorggebruiker' in --data; did you mean 'zorggebruikers'?"),
        (["run", "Indicators", "--indicator", "nope"], "error: unknown indicator 'nope'"),
        (["run", "Indicators", "--color", "--strict"], "error: option '--color' needs a value <when>"),
        (["plan", "--bogus"], "error: unknown option '--bogus'"),
        (["plan", "--indicator"], "error: option '--indicator' needs a value <name>"),
        (["plan", "Indicators", "--indicator", "nope"], "error: unknown indicator 'nope'"),
        (["explain", "--list", "--list"], "error: option '--list' is given twice"),
    ] as [([String], String)])
    func usageErrors(_ arguments: [String], _ message: String) {
        let result = TestSupport.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(message) == true, "got \(lines.first ?? "nothing")")
        #expect(lines.dropFirst().first?.hasPrefix("Usage: indc") == true)
        #expect(lines.last?.hasPrefix("See 'indc") == true)
    }

    @Test("unreadable input is a one-line error with exit 2", arguments: [
        ["check", "does/not/exist"], ["check", "Tests/IndcTests"], ["check", "README.md"], ["check", "/dev/null"],
        ["check", "Indicators/datasets.ind/"], ["run", "does/not/exist"], ["run", "Indicators/data"], ["run", "README.md"],
        ["plan", "does/not/exist"], ["plan", "Indicators/data"],
        ["run", "Indicators", "--data", "zorggebruikers=does/not/exist.csv"],
        ["run", "Indicators", "--data", "zorggebruikers=Indicators/data"],
        ["run", "Indicators", "--out", "README.md"],
    ])
    func inputErrors(_ arguments: [String]) {
        let result = TestSupport.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("explain prints every section for every code")
    func explain() {
        let result = TestSupport.run(["explain", "E0302"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("E0302"))
        #expect(TestSupport.run(["explain", "--list"]).stdout.split(separator: "\n").count > 40)
    }

    @Test("--strict turns warnings into exit 1; exit 0 without")
    func strict() {
        #expect(TestSupport.run(["check", "Tests/Cases/check/W0101.ind"]).status == 0)
        #expect(TestSupport.run(["check", "Tests/Cases/check/W0101.ind", "--strict"]).status == 1)
    }
}
