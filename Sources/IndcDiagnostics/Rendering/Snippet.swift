/// One source excerpt of a text diagnostic: a run of lines from one file with the
/// annotations that point into them, under a `-->` (primary) or `:::` (other) header.
///
/// A diagnostic shows its primary annotation in the first snippet, together with the
/// secondary annotations in the same file within `nearbyLines` lines of it. Every other
/// secondary annotation joins a later snippet of its file that has an annotation within
/// `nearbyLines` of it, or starts a new one, in the order the annotations were given.
struct Snippet {
    /// An annotation as drawn: primary ones are underlined with `^`, others with `-`.
    struct Marker {
        /// What is pointed at and what it is labelled.
        let annotation: Annotation
        /// Whether this is the diagnostic's primary annotation.
        let isPrimary: Bool

        /// The line the underline is drawn under: the line the span starts on.
        var line: Int { annotation.span.start.line }
    }

    /// A line of the excerpt: a source line by number, or `...` for skipped lines.
    enum Row {
        case source(Int)
        case gap
    }

    /// How many lines apart two annotations of one file may be and still share a snippet.
    static let nearbyLines = 5

    /// The file the lines come from.
    let file: SourceFile
    /// The location the header names: the first annotation of the snippet.
    let header: SourceLocation
    /// Whether this is the primary snippet, headed `-->` rather than `:::`.
    let isPrimary: Bool
    /// The annotations drawn in this snippet.
    private(set) var markers: [Marker]

    private init(first marker: Marker) {
        file = marker.annotation.span.file
        header = marker.annotation.span.start
        isPrimary = marker.isPrimary
        markers = [marker]
    }

    /// The snippets of a diagnostic, primary first.
    static func layout(_ diagnostic: Diagnostic) -> [Snippet] {
        var snippets = [Snippet(first: Marker(annotation: diagnostic.primary, isPrimary: true))]
        for annotation in diagnostic.secondary {
            let marker = Marker(annotation: annotation, isPrimary: false)
            if snippets[0].isNear(marker, primaryOnly: true) {
                snippets[0].markers.append(marker)
            } else if let index = snippets.indices.dropFirst().first(where: { snippets[$0].isNear(marker, primaryOnly: false) }) {
                snippets[index].markers.append(marker)
            } else {
                snippets.append(Snippet(first: marker))
            }
        }
        return snippets
    }

    private func isNear(_ marker: Marker, primaryOnly: Bool) -> Bool {
        guard marker.annotation.span.file === file else { return false }
        return markers.contains { existing in
            (existing.isPrimary || !primaryOnly) && abs(existing.line - marker.line) <= Self.nearbyLines
        }
    }

    /// The lines shown, in order: every annotated line, a single unannotated line
    /// between two annotated ones, and `...` for a longer stretch.
    var rows: [Row] {
        let lines = Set(markers.map(\.line)).sorted()
        var rows: [Row] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let gap = line - lines[index - 1]
                if gap == 2 { rows.append(.source(line - 1)) }
                if gap > 2 { rows.append(.gap) }
            }
            rows.append(.source(line))
        }
        return rows
    }

    /// The markers to underline below `line`, left to right, primary first on a tie.
    func markers(on line: Int) -> [Marker] {
        markers.enumerated()
            .filter { $0.element.line == line }
            .sorted { left, right in
                let leftColumn = left.element.annotation.span.start.column
                let rightColumn = right.element.annotation.span.start.column
                if leftColumn != rightColumn { return leftColumn < rightColumn }
                return left.offset < right.offset
            }
            .map(\.element)
    }

    /// The largest line number the snippet shows.
    var largestLine: Int { markers.map(\.line).max() ?? header.line }
}
