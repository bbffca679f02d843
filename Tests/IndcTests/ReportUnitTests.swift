import Foundation
import IndcDiagnostics
@testable import IndcReport
import Testing

/// The report's building blocks, each against values worked out by hand.
struct ReportUnitTests {
    @Test func scaleRoundsToNiceTicks() {
        // 0..2045 in about 5 ticks: 2045 / 4 = 511 → the next 1-2-5 step is 1000, so 0..3000.
        let counts = LinearScale(covering: [2045, 338], start: 300, end: 0)
        #expect((counts.lower, counts.upper, counts.step) == (0, 3000, 1000))
        #expect(counts.ticks == [0, 1000, 2000, 3000])
        #expect(counts.position(1500) == 150)
        // Proportions: 0.82 / 4 = 0.205 → step 0.5, and never past 100%.
        let shares = LinearScale(covering: [0.37, 0.82], start: 100, end: 0, proportion: true)
        #expect((shares.lower, shares.upper, shares.step) == (0, 1, 0.5))
        // Negative values widen the domain below zero: -3..7 → 10 / 4 = 2.5 → step 5, -5..10.
        let mixed = LinearScale(covering: [-3, 7], start: 0, end: 150)
        #expect((mixed.lower, mixed.upper, mixed.step) == (-5, 10, 5))
        #expect(mixed.position(0) == 50)
        // No finite values: still a usable 0..1 scale.
        let empty = LinearScale(covering: [.nan, .infinity], start: 0, end: 10)
        #expect((empty.lower, empty.upper) == (0, 1))
    }

    @Test func niceSteps() {
        #expect(abs(LinearScale.niceStep(0.0031) - 0.005) < 1e-15)
        #expect(LinearScale.niceStep(7) == 10)
        #expect(LinearScale.niceStep(1.5) == 2)
        #expect(LinearScale.niceStep(0) == 1)
    }

    @Test func dutchNumbers() {
        let percent = DisplayNumber(language: .dutch, unit: "percent")
        #expect(percent.text(0.637) == "63,7%")
        #expect(percent.text(1) == "100,0%")
        #expect(percent.compact(0.7) == "70%")
        #expect(percent.compact(0.725) == "72,5%")
        #expect(DisplayNumber(language: .dutch, unit: "count").compact(1500) == "1.500")
        #expect(percent.change(0.025) == "+2,5 procentpunt")
        #expect(percent.interval(0.5, 0.75) == "50,0% – 75,0%")
        #expect(percent.tick(0.5, step: 0.5) == "50%")
        #expect(percent.tick(0.025, step: 0.025) == "2,5%")
        let count = DisplayNumber(language: .dutch, unit: "count")
        #expect(count.text(1234567) == "1.234.567")
        #expect(count.text(-1500) == "−1.500")
        #expect(count.change(-20) == "−20")
        #expect(DisplayNumber(language: .dutch, unit: "number").text(3.14159) == "3,14")
        #expect(DisplayNumber(language: .dutch, unit: "number").text(1234.5678) == "1.235")
        #expect(DisplayNumber(language: .dutch, unit: "score").text(7.25) == "7,3")
        #expect(DisplayNumber(language: .dutch, unit: "per 1000").text(12.34) == "12,3")
    }

    @Test func englishNumbers() {
        #expect(DisplayNumber(language: .english, unit: "count").text(12345.5) == "12,346")
        #expect(DisplayNumber(language: .english, unit: "percent").text(0.0049) == "0.5%")
        #expect(DisplayNumber(language: .english, unit: "percent").change(-0.1) == "−10.0 percentage points")
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(Markup.escape("<script>alert(\"x\")&'</script>") == "&lt;script&gt;alert(&quot;x&quot;)&amp;&#39;&lt;/script&gt;")
        #expect(Markup.escape("a\u{0}b\u{1B}c\u{85}d\te\n") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\n")
        #expect(Markup.escape("patiënt – 70%") == "patiënt – 70%")
    }

    @Test func slugsAreSafeAndDistinct() {
        #expect(Markup.slug("patiëntportaal_2024") == "pati-ebntportaal_2024")
        #expect(Markup.slug("../etc/passwd") == "-2e-2e-2fetc-2fpasswd")
        #expect(Markup.slug("a-b") != Markup.slug("a_b"))
        #expect(Markup.slug("") == "-")
    }

    @Test func coordinatesHaveOneDecimal() {
        #expect(Markup.coordinate(12.345) == "12.3")
        #expect(Markup.coordinate(-0.44) == "-0.4")
        #expect(Markup.coordinate(7) == "7")
        #expect(Markup.coordinate(.nan) == "0")
    }

    @Test func jsonReaderKeepsOrderAndTypes() throws {
        let value = try JSONReader.read(#" {"b": [1, 2.5, -3e2, true, null], "a": "x\u00e9\ud83d\ude00\n\"", "c": {}} "#)
        #expect(value == .object([
            ("b", .array([.integer(1), .number(2.5), .number(-300), .bool(true), .null])),
            ("a", .string("xé😀\n\"")), ("c", .object([])),
        ]))
    }

    @Test func jsonReaderRejectsBrokenInput() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "\"abc", "01x", "tru", "[1] 2", "\"\u{1}\"", "+1", "nan"] {
            #expect(throws: JSONReadError.self, "\(text)") { try JSONReader.read(text) }
        }
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: JSONReadError.self) { try JSONReader.read(deep) }
    }

    @Test func engineNotesInDutch() {
        let notes = EngineNotes(language: .dutch)
        #expect(notes.note("no target status: one period; division by zero") == "geen doelstatus: er is maar één periode; deling door nul")
        #expect(notes.note("basis was not computed") == "basis is niet berekend")
        #expect(notes.note("something new") == "something new")
        #expect(notes.withheld("n < 30") == "te weinig gegevens (n < 30)")
        #expect(notes.withheld("complementary") == "afgeschermd, zodat andere afgeschermde cellen niet terug te rekenen zijn")
        #expect(EngineNotes(language: .english).withheld("n < 10") == "too few data (n < 10)")
    }

    @Test func definitionInWords() {
        let words = DefinitionInWords(language: .dutch)
        var indicator = ReportSiteTests.indicator("aandeel_portaal")
        #expect(words.population(indicator) == "Rijen van dataset ‘enquete’ waarvoor geldt: ‘jaar’ is ten minste 2021 en ‘leeftijd’ ligt tussen 18 en 65.")
        #expect(words.measure(indicator) == "Het aandeel waarvoor ‘portaal’ is “ja” (onder wie dit bekend is), gewogen met ‘gewicht’.")
        indicator.measure = "sum(kosten where sector = \"GGZ\" or not digitaal) / count()"
        indicator.weight = nil
        #expect(words.measure(indicator) == "De som van ‘kosten’ waarvoor ‘sector’ is “GGZ” of niet (‘digitaal’) gedeeld door het aantal rijen.")
        indicator.filter = "x } indicator y { measure count()"
        #expect(words.population(indicator) == "Rijen van dataset ‘enquete’ waarvoor geldt: x } indicator y { measure count().")
        #expect(DefinitionInWords(language: .english).population(ReportSiteTests.indicator("houding")) == "All rows of dataset ‘enquete’.")
    }
}

/// The site's gzip writer, read back by the system's `gzip` (an independent decoder).
struct GzipTests {
    static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "indc-gzip-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let packed = folder + "/data.gz"
        try Data(bytes).write(to: URL(fileURLWithPath: packed))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-t", packed]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip -t rejects the file")
        let unpack = Process()
        unpack.executableURL = URL(fileURLWithPath: "/bin/gzip")
        unpack.arguments = ["-d", packed]
        try unpack.run()
        unpack.waitUntilExit()
        return Array(FileManager.default.contents(atPath: folder + "/data") ?? Data())
    }

    @Test func crc32OfTheCheckString() {
        #expect(Gzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func gzipReadsBack() throws {
        var generator = SeededGenerator(state: 18)
        let repetitive = Array(String(repeating: "{\"jaar\":2021,\"value\":0.5,\"note\":null},", count: 3000).utf8)
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let long = [UInt8](repeating: 7, count: 100_000)
        for input in [[], [65], Array("abcabcabcabcab".utf8), repetitive, random, long, repetitive + random + long] {
            #expect(try Self.gunzip(Gzip.compress(input)) == input, "\(input.count) bytes")
        }
        #expect(Gzip.compress(repetitive).count * 20 < repetitive.count)
    }
}
