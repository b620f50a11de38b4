/// What carries from one sentence to the next: the figures so far, the last whole count (for
/// "150 of them") and the years mentioned (to tell the main year from others).
struct DocumentState {
    var figures: [Figure] = []
    /// For each figure, the year nearest it in its sentence.
    var years: [Int?] = []
    var lastHead: Int?
    /// Mentions of each year, overall and in sentences with figures.
    var yearMentions: [Int: Int] = [:]
    var figureSentenceYears: [Int: Int] = [:]
    /// The measure a toll in the previous sentence named, for "an official figure of 156" after it.
    var previousToll: String?

    /// The year most figure sentences mention (when two or more do), else the year the text
    /// mentions most (twice or more; the earliest on a tie). Figures in other years get `when`.
    var mainYear: Int? {
        func most(_ counts: [Int: Int]) -> Int? {
            counts.filter { $0.value >= 2 }.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        }
        return most(figureSentenceYears) ?? most(yearMentions)
    }

    func finish() -> [Figure] {
        let main = mainYear
        var result = figures
        for index in result.indices {
            if let year = years[index], year != main { result[index].when = String(year) }
        }
        return result
    }
}
