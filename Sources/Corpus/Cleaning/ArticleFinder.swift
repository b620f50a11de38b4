import Foundation

/// Finds which blocks of a web page are its article, by their content.
///
/// The rules, in order (each a few lines below):
/// 1. Furniture is left out whole: blocks under `nav`/`aside`/`header`/`footer`, and under an
///    element whose class or id names furniture (`ClassHints`); a word that wrappers also use
///    ("ad", "sidebar") counts only when the element holds less than half the page's text (a
///    quarter when its class also names an article).
/// 2. Every block of 25 bytes or more scores 1, plus 1 a comma, plus 1 per 100 bytes (at most 3).
///    The score goes to the block's parent element, half to the grandparent, a sixth, a ninth and
///    a twelfth further up: text in many paragraphs under one element makes it the article.
///    Each element starts from its tag (a block element +5, a heading -5) and its class hint ±25.
/// 3. The best element, after its score is scaled by the share of its text that is not links,
///    is the article. It gives way to an ancestor whose prose (paragraphs standing two or more
///    together) outweighs the other text it adds: an article in sections. Its siblings join when
///    they score at least a fifth of it and are half prose, or are a block of text with few links.
/// 4. In what was chosen, an element that is mostly link text is dropped (a "read more" list, a
///    paragraph of links), and so is one that its class calls furniture, and an advert's label
///    ("Advertisement") standing alone. Text in the chosen element itself stays, links or not.
enum ArticleFinder {
    static func select(_ page: HTMLPage) -> [Int] {
        let elements = page.elements
        let count = elements.count
        guard count > 0 else { return [] }
        var total = 0
        for block in page.blocks { total += block.clean.bytes.count }

        // Rule 1: parents come before children (the walk numbers them in document order).
        var furniture = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let element = elements[index]
            let parentIsFurniture = element.parent >= 0 && furniture[Int(element.parent)]
            let share = Double(element.text) / Double(max(1, total))
            let holdsMost = element.hint.isWeak && (share > 0.5 || element.hint.isArticle && share > 0.25)
            furniture[index] = parentIsFurniture || element.kind == .furniture
                || (element.hint.isFurniture && !holdsMost && element.kind != .body)
        }

        // Rule 2.
        var score = [Double](repeating: 0, count: count)
        var initialized = [Bool](repeating: false, count: count)
        func initialize(_ index: Int) {
            guard !initialized[index] else { return }
            initialized[index] = true
            score[index] = Double(tagWeight(elements[index].kind) + elements[index].hint.weight)
        }
        for block in page.blocks where !furniture[Int(block.element)] {
            let length = block.clean.bytes.count
            guard length >= 25, block.heading == 0 else { continue }
            let points = 1 + Double(commas(block.clean.bytes)) + Double(min(length / 100, 3))
            var ancestor = Int(elements[Int(block.element)].parent)
            var level = 0
            while ancestor >= 0, level < 5 {
                initialize(ancestor)
                score[ancestor] += level == 0 ? points : level == 1 ? points / 2 : points / Double(level * 3)
                ancestor = Int(elements[ancestor].parent)
                level += 1
            }
        }

        // Rule 3.
        var best = -1
        var bestScore = 0.0
        for index in 0..<count where initialized[index] && !furniture[index] {
            score[index] *= 1 - linkDensity(elements[index])
            if score[index] > bestScore {
                bestScore = score[index]
                best = index
            }
        }
        var chosen = [Bool](repeating: false, count: count)
        if best < 0 {
            // Nothing scored (a page of a few short lines): everything but furniture.
            return page.blocks.indices.filter { !furniture[Int(page.blocks[$0].element)] }
        }

        // Rule 3b: an article cut into sections (a `div` of paragraphs each, between adverts)
        // scores highest in one section; the ancestor whose prose outweighs what else it holds wins.
        // Prose counts only where paragraphs stand together, two or more in one element: a list of
        // teasers has one summary each, and is not the rest of the article.
        var together = [Int](repeating: 0, count: count)
        for block in page.blocks where isProse(block) {
            let container = Int(elements[Int(block.element)].parent)
            if container >= 0 { together[container] += 1 }
        }
        var prose = [Int](repeating: 0, count: count)
        var held = [Int](repeating: 0, count: count)
        for block in page.blocks where !furniture[Int(block.element)] {
            let length = block.clean.bytes.count
            let container = Int(elements[Int(block.element)].parent)
            let counts = isProse(block) && container >= 0 && together[container] >= 2
            var ancestor = Int(block.element)
            // Only the nearest levels matter: the climb below looks at most this far up.
            var levels = 0
            while ancestor >= 0, levels < 40 {
                if counts { prose[ancestor] += length }
                held[ancestor] += length
                ancestor = Int(elements[ancestor].parent)
                levels += 1
            }
        }
        var candidate = best
        var climbed = best
        var bestValue = prose[best] - proseOutweighs * (held[best] - prose[best])
        for _ in 0..<12 {
            let parent = Int(elements[candidate].parent)
            guard parent >= 0, !furniture[parent] else { break }
            candidate = parent
            let value = prose[candidate] - proseOutweighs * (held[candidate] - prose[candidate])
            if value > bestValue {
                bestValue = value
                climbed = candidate
            }
        }
        if climbed != best {
            best = climbed
            bestScore = max(bestScore, score[climbed])
        }
        chosen[best] = true
        let parent = elements[best].parent
        if parent >= 0 {
            let threshold = max(10, bestScore * 0.2)
            for index in 0..<count where elements[index].parent == parent && index != best && !furniture[index] {
                let element = elements[index]
                if initialized[index] && score[index] >= threshold && prose[index] * 2 >= held[index] {
                    chosen[index] = true
                } else if element.kind == .block, element.text > 80, linkDensity(element) < 0.25 {
                    chosen[index] = true
                }
            }
        }

        // Rule 4: whether each element lies in what was chosen, and is not dropped there.
        var inArticle = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let element = elements[index]
            let parentIn = element.parent >= 0 && inArticle[Int(element.parent)]
            guard chosen[index] || parentIn, !furniture[index] else { continue }
            if !chosen[index], element.text > 0, element.kind != .inline, linkDensity(element) > 0.5 { continue }
            inArticle[index] = true
        }
        var kept: [Int] = []
        for (index, block) in page.blocks.enumerated() where inArticle[Int(block.element)] && !isLabel(block.clean.bytes) {
            kept.append(index)
        }
        return kept
    }

    /// How many bytes of prose one byte of other text costs when climbing from the best element.
    static let proseOutweighs = 3

    /// The labels pages put over adverts, alone in their block.
    static let labels: Set<String> = ["advertisement", "advert", "ad", "ads", "sponsored", "anzeige", "publicité", "publicidad", "pubblicità", "reklama"]

    private static func isLabel(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 16 else { return false }
        return labels.contains(String(decoding: bytes, as: UTF8.self).lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    private static func isProse(_ block: HTMLPage.Block) -> Bool {
        let length = block.clean.bytes.count
        return block.heading == 0 && length >= 50 && Int(block.links) * 3 < length
    }

    private static func tagWeight(_ kind: HTMLTagKind) -> Int {
        switch kind {
        case .block, .body: return 5
        case .heading: return -5
        default: return 0
        }
    }

    private static func linkDensity(_ element: HTMLPage.Element) -> Double {
        element.text > 0 ? min(1, Double(element.links) / Double(element.text)) : 0
    }

    /// Commas, the Latin one and the ideographic ones.
    private static func commas(_ bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x2C {
                count += 1
            } else if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                count += 1  // ，
            } else if bytes[index] == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                count += 1  // 、
            }
            index += 1
        }
        return count
    }
}
