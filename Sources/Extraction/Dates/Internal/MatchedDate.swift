/// One expression the patterns matched: its tokens (inclusive) and what it says.
struct MatchedDate {
    var first: Int
    var last: Int
    var expression: DateExpression
    /// Said to recur every year ("every year on February 26", "declared February 26 as ...").
    var isAnnual = false
}
