import Corpus
import Extraction

/// What each source says about each thing counted, side by side.
///
/// One row per (measure, group, when); one cell per document holding the distinct values it states
/// (a sentence repeated in a document counts once). A row is `agreed` when every stated value is
/// compatible with every other ("more than 600" and 613), `disputed` when two are not (63 and 83),
/// and `single` when only one source states a value. Notes say where a source's parts add up to a
/// whole it states, or to another source's combined group (106 women + 63 children = 169 "women and
/// children"). Crossread attributes values to their sources; it never says which is true.
///
/// `rows` says which figures are rows: `.casualties` (`FigureVocabulary.isCasualty`), as the
/// `table` command shows by default, leaves out a town's population or the number of marchers;
/// `.all` keeps them (the default here, so a pane decides what it toggles). A vague amount
/// ("hundreds") is compatible with any number, so it never makes a row disputed.
public struct FigureTable: Sendable {
    public enum Status: String, Sendable, Codable { case agreed, disputed, single }

    /// Which figures become rows.
    public enum Rows: Sendable {
        /// Counts of people killed, wounded, missing, displaced ... (the vocabulary's measures).
        case casualties
        /// Every figure, with counts of residents, marchers or troops as rows too.
        case all

        func includes(_ measure: String, group: String) -> Bool { self == .all || FigureVocabulary.isCasualty(measure, group: group) }
    }

    public struct Key: Hashable, Sendable, Comparable {
        public var measure: String
        public var group: String
        public var when: String?

        public init(measure: String, group: String, when: String?) {
            self.measure = measure
            self.group = group
            self.when = when
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            func rank(_ measure: String) -> Int {
                FigureTable.measureOrder.firstIndex(of: measure) ?? FigureTable.measureOrder.count
            }
            func groupRank(_ group: String) -> Int {
                let groups = FigureVocabulary.groups
                return groups.firstIndex(of: group) ?? (group.contains(" ") ? groups.count : groups.count + 1)
            }
            return (rank(lhs.measure), lhs.measure, lhs.when ?? "", groupRank(lhs.group), lhs.group)
                < (rank(rhs.measure), rhs.measure, rhs.when ?? "", groupRank(rhs.group), rhs.group)
        }
    }

    /// One value a source states, and where (the first mention; later repeats add nothing).
    public struct Value: Hashable, Sendable {
        /// The statement, with its sentence and spans (a position in a packed store: millions of
        /// values are kept in a large table).
        public var figure: DocumentFigure
        public var quantity: Quantity { figure.quantity }
        public var text: String { quantity.text }
    }

    public struct Row: Sendable {
        public var key: Key
        /// Values by document id; documents that state nothing are absent.
        public var cells: [String: [Value]]
        public var status: Status
        /// Sums that add up, or nil.
        public var note: String?
    }

    static let measureOrder = FigureVocabulary.measures

    /// Document ids in store order: the table's columns.
    public let documents: [String]
    public let rows: [Row]

    /// The table of the figures in `store` that `rows` takes; `progress`, if given, counts the documents read.
    public init(store: DocumentStore, rows: Rows = .all, progress: BuildProgress? = nil) {
        self.init(documents: store.documents.map(\.id), figures: DocumentFigure.all(in: store, progress: progress), rows: rows)
    }

    public init(documents: [String], figures: [DocumentFigure], rows: Rows = .all) {
        self.documents = documents
        var cells: [Key: [String: [Value]]] = [:]
        for found in figures where rows.includes(found.measure, group: found.group) {
            let key = Key(measure: found.measure, group: found.group, when: found.when)
            let quantity = found.quantity, documentID = found.documentID
            var values = cells[key]?[documentID] ?? []
            if !values.contains(where: { Self.same($0.quantity, quantity) }) {
                values.append(Value(figure: found))
            }
            cells[key, default: [:]][documentID] = values
        }
        var rows = cells.keys.sorted().map { key -> Row in
            let row = cells[key]!
            return Row(key: key, cells: row, status: Self.status(row), note: nil)
        }
        Self.addNotes(&rows, figures: figures, documents: documents)
        self.rows = rows
    }

    /// Two statements of the same value: equal bounds and kind, however written.
    static func same(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        lhs.low == rhs.low && lhs.high == rhs.high && lhs.isExact == rhs.isExact && lhs.isVague == rhs.isVague
    }

    /// Whether two values contradict each other. A vague amount ("hundreds") never contradicts a
    /// number, which may well be one of those hundreds; two vague amounts contradict when their
    /// ranges do not meet ("hundreds" and "thousands"). Bounds are inclusive, so "more than 600"
    /// and 600 agree: the table errs towards agreement rather than invent a dispute.
    public static func disagree(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        lhs.isVague == rhs.isVague && !lhs.isCompatible(with: rhs)
    }

    static func status(_ cells: [String: [Value]]) -> Status {
        guard cells.count > 1 else { return .single }
        let values = cells.values.flatMap { $0 }.map(\.quantity)
        for (index, value) in values.enumerated() {
            for other in values[(index + 1)...] where disagree(value, other) {
                return .disputed
            }
        }
        return .agreed
    }

    // MARK: Sums

    private static func addNotes(_ rows: inout [Row], figures: [DocumentFigure], documents: [String]) {
        var notes: [Key: [String]] = [:]
        // A source's parts that add up to the whole they belong to.
        let byDocument = Dictionary(grouping: figures, by: \.documentID)
        for (documentID, list) in byDocument {
            var parts: [Int: [DocumentFigure]] = [:]
            for item in list { if let whole = item.partOf { parts[whole, default: []].append(item) } }
            for (whole, members) in parts where members.count > 1 && whole < list.count {
                let parent = list[whole], total = parent.quantity.exactValue
                let quantities = members.map(\.quantity), groups = members.map(\.group)
                guard let total, quantities.allSatisfy(\.isExact), Set(groups).count == members.count,
                      !groups.contains(parent.group)
                else { continue }
                let sum = quantities.reduce(0) { $0 + ($1.exactValue ?? 0) }
                if sum == total {
                    let key = Key(measure: parent.measure, group: parent.group, when: parent.when)
                    let line = "\(documentID): " + zip(quantities, groups).map { "\($0.text) \($1)" }.joined(separator: " + ")
                        + " = \(parent.quantity.text)"
                    if !(notes[key]?.contains(line) ?? false) { notes[key, default: []].append(line) }
                }
            }
        }
        // A source's groups that add up to a combined group another source states.
        let table = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0) })
        for row in rows where row.key.group.contains(" and ") {
            let names = row.key.group.split(separator: " and ").map(String.init)
            let partKeys = names.map { Key(measure: row.key.measure, group: $0, when: row.key.when) }
            var sources: [String: [String]] = [:]  // "106 women + 63 children = 169" -> documents
            var order: [String] = []
            for documentID in documents {
                let values = partKeys.map { table[$0]?.cells[documentID] ?? [] }
                guard values.allSatisfy({ $0.count == 1 && $0[0].quantity.isExact }) else { continue }
                let sum = values.reduce(0) { $0 + ($1[0].quantity.exactValue ?? 0) }
                let matches = row.cells.filter { $0.value.contains { $0.quantity.exactValue == sum } }.keys
                guard !matches.isEmpty else { continue }
                let stated = documents.filter(matches.contains).joined(separator: ", ")
                let parts = zip(values, names).map { "\($0[0].text) \($1)" }.joined(separator: " + ")
                let line = "\(parts) = \(sum.formatted) \(row.key.group) as stated by \(stated)"
                if sources[line] == nil { order.append(line) }
                sources[line, default: []].append(documentID)
            }
            for line in order { notes[row.key, default: []].append("\(sources[line]!.joined(separator: ", ")): \(line)") }
        }
        for index in rows.indices {
            if let lines = notes[rows[index].key] { rows[index].note = lines.sorted().joined(separator: "; ") }
        }
    }
}
