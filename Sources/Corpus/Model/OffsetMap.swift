import Extraction

/// Maps offsets in a document's reading text back to offsets in its original text.
///
/// The reading text is built from pieces of the original: runs copied as they are, and
/// replacements (a decoded entity, an expanded tab, the mark for a control character, a space that
/// joins two wrapped lines). Each piece is a segment; a copied run maps byte for byte, a replacement
/// maps as a whole to the source bytes it replaced.
public struct OffsetMap: Sendable {
    /// One piece of the reading text and the source bytes it came from.
    public struct Segment: Hashable, Sendable {
        public var reading: Range<Int>
        public var source: Range<Int>
        /// Whether the reading bytes are the source bytes themselves. A replacement of the same
        /// length (a space for a line feed, "␦" for a bidi override) is not a copy.
        public var isCopy: Bool
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    /// A map made of segments already merged (read back from an index file).
    init(segments: [Segment]) { self.segments = segments }

    /// Appends a segment; adjacent copies that continue each other merge into one.
    mutating func append(reading: Range<Int>, source: Range<Int>, isCopy: Bool) {
        precondition(!isCopy || reading.count == source.count, "a copy has the length of its source")
        if isCopy, let last = segments.last, last.isCopy,
           last.reading.upperBound == reading.lowerBound, last.source.upperBound == source.lowerBound
        {
            segments[segments.count - 1] = Segment(
                reading: last.reading.lowerBound..<reading.upperBound,
                source: last.source.lowerBound..<source.upperBound, isCopy: true)
        } else if !reading.isEmpty || !source.isEmpty {
            segments.append(Segment(reading: reading, source: source, isCopy: isCopy))
        }
    }

    /// Appends `other`, whose reading offsets start at zero, shifted to start at `readingOffset`.
    mutating func append(contentsOf other: OffsetMap, at readingOffset: Int) {
        for segment in other.segments {
            append(reading: (segment.reading.lowerBound + readingOffset)..<(segment.reading.upperBound + readingOffset),
                   source: segment.source, isCopy: segment.isCopy)
        }
    }

    /// Drops what maps reading offsets at or past `length` (after trailing spaces were trimmed).
    mutating func truncate(readingLength length: Int) {
        while let last = segments.last, last.reading.lowerBound >= length, !(last.reading.isEmpty && last.reading.lowerBound == length) {
            segments.removeLast()
        }
        guard let last = segments.last, last.reading.upperBound > length else { return }
        let cut = last.reading.upperBound - length
        segments[segments.count - 1] = Segment(
            reading: last.reading.lowerBound..<length,
            source: last.isCopy ? last.source.lowerBound..<(last.source.upperBound - cut) : last.source,
            isCopy: last.isCopy)
    }

    /// The source offset where the reading text at `offset` starts.
    public func sourceStart(_ offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset, end: false) else { return fallback(offset) }
        let segment = segments[index]
        return segment.isCopy ? segment.source.lowerBound + (offset - segment.reading.lowerBound)
            : segment.source.lowerBound
    }

    /// The source offset where reading text ending at `offset` ends.
    public func sourceEnd(_ offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset, end: true) else { return fallback(offset) }
        let segment = segments[index]
        return segment.isCopy ? segment.source.lowerBound + (offset - segment.reading.lowerBound)
            : segment.source.upperBound
    }

    /// The source span of a reading span.
    public func sourceSpan(_ span: TextSpan) -> TextSpan {
        let start = sourceStart(span.start)
        return TextSpan(start: start, end: max(start, sourceEnd(span.end)))
    }

    private func fallback(_ offset: Int) -> Int {
        guard let last = segments.last else { return 0 }
        return offset >= last.reading.upperBound ? last.source.upperBound : (segments.first?.source.lowerBound ?? 0)
    }

    /// For a start: the segment with lower ≤ offset < upper. For an end: lower < offset ≤ upper.
    private func segmentIndex(containing offset: Int, end: Bool) -> Int? {
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            let reading = segments[middle].reading
            let below = end ? offset <= reading.lowerBound : offset < reading.lowerBound
            let above = end ? offset > reading.upperBound : offset >= reading.upperBound
            if below { high = middle } else if above { low = middle + 1 } else { return middle }
        }
        return nil
    }
}
