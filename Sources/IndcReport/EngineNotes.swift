/// The engine's notes and suppression reasons (English, as results files keep them) in the site's
/// language. Known phrases are translated; anything else (such as a reliability rule's reason) is
/// shown as written.
struct EngineNotes {
    let language: ReportLanguage

    private static let dutch = [
        "complementary": "afgeschermd, zodat andere afgeschermde cellen niet terug te rekenen zijn",
        "no values": "geen waarden",
        "division by zero": "deling door nul",
        "no interval: a stratum has a single row": "geen interval: een stratum heeft maar één rij",
        "no target status: one period": "geen doelstatus: er is maar één periode",
        "no target status: the period is not a year or date": "geen doelstatus: de periode is geen jaar of datum",
    ]
    private static let english = ["complementary": "withheld so that other withheld cells cannot be worked out"]

    /// A note (parts joined by `; `) in the site's language.
    func note(_ text: String) -> String {
        let table = language == .dutch ? Self.dutch : Self.english
        return text.components(separatedBy: "; ").map { part in
            if let known = table[part] { return known }
            if language == .dutch, part.hasSuffix(" was not computed") { return part.dropLast(17) + " is niet berekend" }
            return part
        }.joined(separator: "; ")
    }

    /// Why a cell is withheld: too few data (`n < 30`), or a reason of its own (complementary suppression).
    func withheld(_ reason: String) -> String {
        if reason == "complementary" { return note(reason) }
        return "\(language.text(.withheld)) (\(note(reason)))"
    }
}
