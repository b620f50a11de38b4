import Extraction

/// The parts of a `ReadingText` beside its text (paragraph spans, the offset map, the word
/// count), packed into bytes for an index file: little-endian base-128 integers, no field names.
///
/// The layout is written once per document when it is indexed and read back when the document is
/// opened; `StoredLayoutTests` checks that every seed comes back identical.
enum StoredLayout {
    static func encode(_ reading: ReadingText) -> [UInt8] {
        var writer = PackedWriter()
        writer.write(reading.wordCount)
        writer.write(reading.paragraphs.count)
        var previous = 0
        for span in reading.paragraphs {
            writer.write(span.start - previous)
            writer.write(span.length)
            previous = span.end
        }
        writer.write(reading.map.segments.count)
        for segment in reading.map.segments {
            writer.write(segment.reading.lowerBound)
            writer.write(segment.reading.count)
            writer.write(segment.source.lowerBound)
            writer.write(segment.source.count)
            writer.write(segment.isCopy)
        }
        return writer.bytes
    }

    /// The reading text of `text` with the parts in `bytes`, or `nil` when they do not fit it.
    static func decode(_ bytes: [UInt8], text: String) -> ReadingText? {
        var reader = PackedReader(bytes)
        guard let wordCount = reader.read(), let paragraphCount = reader.read(), paragraphCount <= bytes.count else { return nil }
        let length = text.utf8.count
        var paragraphs: [TextSpan] = []
        paragraphs.reserveCapacity(paragraphCount)
        var previous = 0
        for _ in 0..<paragraphCount {
            guard let gap = reader.read(), let count = reader.read() else { return nil }
            let start = previous + gap
            guard start + count <= length else { return nil }
            paragraphs.append(TextSpan(start: start, end: start + count))
            previous = start + count
        }
        guard let segmentCount = reader.read(), segmentCount <= bytes.count else { return nil }
        var segments: [OffsetMap.Segment] = []
        segments.reserveCapacity(segmentCount)
        for _ in 0..<segmentCount {
            guard let readingStart = reader.read(), let readingCount = reader.read(),
                  let sourceStart = reader.read(), let sourceCount = reader.read(), let copy = reader.readBool()
            else { return nil }
            segments.append(OffsetMap.Segment(reading: readingStart..<(readingStart + readingCount),
                                              source: sourceStart..<(sourceStart + sourceCount), isCopy: copy))
        }
        guard reader.isAtEnd else { return nil }
        return ReadingText(text: text, paragraphs: paragraphs, map: OffsetMap(segments: segments), wordCount: wordCount)
    }
}

