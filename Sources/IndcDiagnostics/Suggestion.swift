/// "Did you mean …?" suggestions for misspelled names, keywords and category values.
public enum Suggestion {
    /// The candidate closest to `word`: a case-insensitive exact match first, then the
    /// smallest edit distance within a third of the word's length (at least 1, at most 3).
    /// Ties go to the earlier candidate, so suggestions are deterministic.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let exact = candidates.first(where: { $0.lowercased() == lowered && $0 != word }) { return exact }
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance between two strings (over characters), with transpositions
    /// counted as one edit. Returns `limit + 1` early once the distance is known to exceed `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
        let left = Array(a)
        let right = Array(b)
        if abs(left.count - right.count) > limit { return limit == Int.max ? limit : limit + 1 }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previousPrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[right.count]
    }

    /// `did you mean X?` for a closest candidate, or nil.
    public static func didYouMean(_ word: String, among candidates: [String], quoted: (String) -> String = { "`\($0)`" }) -> String? {
        closest(to: word, among: candidates).map { "did you mean \(quoted($0))?" }
    }
}
