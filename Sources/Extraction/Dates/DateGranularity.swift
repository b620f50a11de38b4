/// How precisely a date expression pins down time: the unit its boundaries are stated in.
///
/// Cases are ordered from coarse to fine, so `<` reads "coarser than".
public enum DateGranularity: String, Hashable, Comparable, Sendable, CaseIterable, Codable {
    case century, decade, year, month, day

    private var rank: Int {
        switch self {
        case .century: return 0
        case .decade: return 1
        case .year: return 2
        case .month: return 3
        case .day: return 4
        }
    }

    public static func < (lhs: DateGranularity, rhs: DateGranularity) -> Bool { lhs.rank < rhs.rank }
}
