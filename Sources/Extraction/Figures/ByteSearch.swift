/// Finds bytes in UTF-8 text eight at a time: the whole-text passes of figure reading (line ends,
/// quotation marks) look at every byte of a corpus, and most words hold neither.
enum ByteSearch {
    /// The first index in `range` holding `first` or `second`, or `range.upperBound`.
    @inline(__always)
    static func firstIndex(of first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        let end = range.upperBound
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let firstPattern = ones &* UInt64(first), secondPattern = ones &* UInt64(second)
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let x = word ^ firstPattern, y = word ^ secondPattern
                // A zero byte in x or y is a match (the classic "has a zero byte" test).
                if ((x &- ones) & ~x & highs) | ((y &- ones) & ~y & highs) != 0 { break }
                index += 8
            }
        }
        while index < end, bytes[index] != first, bytes[index] != second { index += 1 }
        return index
    }
}
