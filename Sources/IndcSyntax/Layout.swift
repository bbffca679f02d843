import IndcDiagnostics

/// Lays out one group of tokens (a clause, a declaration's head): spacing, wrapping, inner comments.
struct Layout {
    let file: SourceFile
    let indent: String
    let width: Int

    /// A run of tokens that is never split: the tokens up to and including a comma, or up to a comment.
    private struct Segment {
        var text = ""
        var last: Token?
        /// Comments written before the segment, inside the group: the segment starts a new line.
        var comments: [Comment] = []
    }

    /// The group's lines, the first at `indent`, continuations four spaces deeper.
    func lines(for tokens: [Token]) -> [String] {
        let continuation = indent + "    "
        var lines: [String] = []
        var line = indent
        for (index, segment) in segments(tokens).enumerated() {
            if index == 0 {
                line += segment.text
                continue
            }
            if !segment.comments.isEmpty {
                for comment in segment.comments {
                    if comment.ownLine {
                        lines.append(line)
                        line = continuation + comment.text
                    } else {
                        line += "  " + comment.text
                    }
                }
                lines.append(line)
                line = continuation + segment.text
            } else if line.count + 1 + segment.text.count > width, line.count > continuation.count {
                lines.append(line)
                line = continuation + segment.text
            } else {
                line += " " + segment.text
            }
        }
        lines.append(line)
        return lines
    }

    private func segments(_ tokens: [Token]) -> [Segment] {
        var segments: [Segment] = []
        var current = Segment()
        var previous: Token?
        for (index, token) in tokens.enumerated() {
            let comments = index == 0 ? [] : Gap(file.bytes, previous!.range.upperBound..<token.range.lowerBound, atFileStart: false).comments
            if !comments.isEmpty {
                if current.last != nil { segments.append(current) }
                current = Segment(comments: comments)
            } else if let last = current.last {
                current.text += Self.space(between: last, and: token, previous: index >= 2 ? tokens[index - 2] : nil, groupStart: index == 2)
            }
            current.text += file.text(in: token.range)
            current.last = token
            previous = token
            if token.kind == .punctuation(.comma) {
                segments.append(current)
                current = Segment()
            }
        }
        if current.last != nil || !current.comments.isEmpty { segments.append(current) }
        return segments
    }

    /// The space written between two tokens on one line: one space, or none where the language's habits have none.
    static func space(between left: Token, and right: Token, previous: Token?, groupStart: Bool) -> String {
        switch right.kind {
        case .punctuation(.comma), .punctuation(.rightParen), .punctuation(.colon): return ""
        case .punctuation(.leftParen):
            switch left.kind {
            case .identifier, .quotedName, .keyword(.missing): return ""
            default: break
            }
        default: break
        }
        if left.kind == .punctuation(.leftParen) { return "" }
        if left.kind == .punctuation(.minus), isUnary(previous, groupStart: groupStart) { return "" }
        return " "
    }

    /// Whether a `-` after `previous` is a sign rather than a subtraction.
    private static func isUnary(_ previous: Token?, groupStart: Bool) -> Bool {
        guard let previous, !groupStart else { return true }
        switch previous.kind {
        case .punctuation(.rightParen): return false
        case .punctuation, .keyword: return true
        default: return false
        }
    }
}
