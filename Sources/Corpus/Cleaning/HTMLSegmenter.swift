/// Turns HTML into the article's paragraphs and the metadata the page declares.
///
/// Three steps, each in its own type: `HTMLPage` parses the page with gumbo and cuts it into
/// blocks, `ArticleFinder` picks the blocks that make the article by their content, and
/// `DeclaredMetadata` reads what the page says about itself.
enum HTMLSegmenter {
    struct Result {
        var paragraphs: [SourceParagraph]
        var metadata: Metadata
    }

    /// Parses `source` from `start` (past a byte-order mark); offsets stay offsets into `source`.
    static func parse(_ source: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Result {
        let page = HTMLPage.read(source, from: start)
        let kept = ArticleFinder.select(page)
        let paragraphs = kept.map { SourceParagraph(page.blocks[$0].clean, isHeading: page.blocks[$0].heading > 0) }
        return Result(paragraphs: paragraphs, metadata: DeclaredMetadata.read(page.declarations))
    }
}
