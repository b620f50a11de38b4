/// The units relative dates count in.
enum RelativeUnit {
    case day, week, month, year, decade, century

    var granularity: DateGranularity {
        switch self {
        case .day, .week: return .day
        case .month: return .month
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }
}
