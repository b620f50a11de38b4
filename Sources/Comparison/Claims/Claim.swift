import Extraction

/// One thing counted — a measure of a group at an event — as each chosen source states it.
///
/// Sources are compared whatever their numbers: 63 killed children in one and 83 in another is a
/// claim that `differs`, never two unrelated figures. `values` has one list per source, in the
/// order the sources were chosen; an empty list means the source does not state this count.
///
///     killed children · A 63 ↔ B 83 · differs
public struct Claim: Sendable {
    /// How the sources that state a count stand to one another. Crossread never says which is true.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Two or more sources state it, and every value of each is compatible with every value of
        /// the others (bounds are inclusive: "more than 600" and 613 agree).
        case agrees
        /// Two or more sources state it, and some value of one is incompatible with a value of another.
        case differs
        /// One source alone states it.
        case single
    }

    /// What is counted: `measure` ("killed"), `group` ("children"), and the event: the year the
    /// sentence places the count in when it is not the text's main one, or nil for the event the
    /// text is about.
    public var measure: String
    public var group: String
    public var event: String?
    /// For each source, in the order chosen, the distinct values it states.
    public var values: [[ClaimValue]]
    public var status: Status

    /// The sources (indices into the chosen sources) that state this count.
    public var stating: [Int] { values.indices.filter { !values[$0].isEmpty } }

    /// "killed children", with the event's year when it is not the main one ("killed people
    /// (1993)"); a measure that is a noun reads "hostages", "hostages (children)".
    public var title: String {
        let isNoun = FigureVocabulary.nounMeasures.contains(measure)
        let qualifiers = (isNoun && group != "people" ? [group] : []) + (event.map { [$0] } ?? [])
        return (isNoun ? measure : "\(measure) \(group)") + (qualifiers.isEmpty ? "" : " (" + qualifiers.joined(separator: ", ") + ")")
    }

    /// A source's values as written, "63" or "63 / about 80" when it states several.
    public func valueText(_ source: Int) -> String {
        values[source].map(\.text).joined(separator: " / ")
    }

    /// The status of values stated by several sources: `differs` when any value of one source is
    /// incompatible with any value of another. A source at odds with itself alone is not a
    /// difference between sources. Values contradict as in the figure table
    /// (`FigureTable.disagree`: a vague amount never contradicts a number).
    static func status(_ values: [[ClaimValue]]) -> Status {
        let stated = values.filter { !$0.isEmpty }
        guard stated.count > 1 else { return .single }
        for (index, list) in stated.enumerated() {
            for other in stated[(index + 1)...] {
                for value in list where other.contains(where: { FigureTable.disagree($0.quantity, value.quantity) }) {
                    return .differs
                }
            }
        }
        return .agrees
    }
}
