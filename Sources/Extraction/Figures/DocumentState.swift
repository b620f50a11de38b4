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
    /// The first year written in a full date ("May 14, 2019", "in May 2019"): a dateline or the
    /// event's own date.
    var firstDatedYear: Int?
    /// Years written as another event's name ("the 2010 floods", "the 2020 war").
    var passingYears: Set<Int> = []
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

    /// The text's own year when no year is mentioned twice: the year of its first full date
    /// ("VARENKA, May 14, 2019"), unless that date names another event ("the 2010 floods"). A toll
    /// given once beside the event's date then shares the row of the toll given without a year;
    /// "in the recent war in 2020, over 100 were killed" keeps its own. A bare year is not enough:
    /// a text that mentions only the past event's year would merge it with the event's own toll.
    var ownYear: Int? {
        if let mainYear { return mainYear }
        if let firstDatedYear, !passingYears.contains(firstDatedYear) { return firstDatedYear }
        return nil
    }

    func finish() -> [Figure] {
        let main = ownYear
        var result = figures
        for index in result.indices {
            if let year = years[index], year != main { result[index].when = String(year) }
        }
        return result
    }
}
