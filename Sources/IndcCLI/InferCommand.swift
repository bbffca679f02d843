import Foundation
import IndcEngine
import IndcSyntax

/// `indc infer`: read a CSV or SPSS file and print a commented `dataset` block that describes it.
enum InferCommand {
    static let spec = CommandSpec(
        name: "infer",
        abstract: "Print a dataset block for a CSV or SPSS file.",
        overview: "Read a CSV file (or an SPSS .sav/.zsav, whose dictionary gives the block) and print a complete, commented dataset block for it: delimiter, decimal mark and encoding, and for each column the narrowest type that fits every value (integer, number, boolean, date, category with its levels, text). Probable missing codes are suggested in comments. The whole file is read; save the block as a .ind file and run indc check.",
        arguments: [("<file>", "The CSV or SPSS file; the block's file clause repeats the path as given.")],
        options: [
            OptionSpec(name: "--name", value: "name", help: "The dataset's name (default: the file name without its extension, made into a name)."),
            OptionSpec(name: "--sample", value: "rows",
                       help: "Rows that decide the delimiter and the first type guesses (default: \(DatasetInference.defaultSampleRows)); the whole file is still read to confirm the types."),
        ],
        positionals: 1...1)

    /// Files at least this large show their reading progress on a terminal.
    static let progressThreshold = 32 << 20

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws(UsageError) -> Int32 {
        let path = arguments.positionals[0]
        let sampleRows = try sampleRows(arguments.value("--sample"))
        let name = try datasetName(arguments.value("--name"), path: path)
        guard Spelling.string(path) != nil else {
            throw UsageError(message: "the path holds a carriage return, which a .ind file cannot write: rename the file", command: spec)
        }
        var shownPercent = -1
        do {
            let dataset = try DatasetInference.infer(path: path, sampleRows: sampleRows) { read, size in
                guard size >= progressThreshold else { return }
                let percent = read * 100 / size
                guard percent != shownPercent else { return }
                shownPercent = percent
                console.progress("indc infer: reading \(path): \(percent)%")
            }
            if shownPercent >= 0 { console.progress("") }
            console.output(DatasetBlock.render(dataset, name: name))
            return 0
        } catch {
            if shownPercent >= 0 { console.progress("") }
            console.error("error: \(error.description)")
            return 2
        }
    }

    /// `--sample ROWS`: a whole number of at least 1.
    private static func sampleRows(_ value: String?) throws(UsageError) -> Int {
        guard let value else { return DatasetInference.defaultSampleRows }
        guard let rows = Int(value), rows >= 1 else {
            throw UsageError(message: "--sample needs a whole number of rows of at least 1, got '\(value)'", command: spec)
        }
        return rows
    }

    /// `--name NAME` as it is written in source, or a name made from the file name.
    private static func datasetName(_ given: String?, path: String) throws(UsageError) -> String {
        guard let given else {
            return Spelling.identifier(from: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
        guard let written = Spelling.name(given) else {
            throw UsageError(message: "--name '\(given)' cannot be written as a name: use letters, digits and _", command: spec)
        }
        return written
    }
}
