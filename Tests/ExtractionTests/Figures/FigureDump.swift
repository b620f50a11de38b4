import Extraction
import XCTest

/// The figures of a text as one line each, for comparing whole:
/// `measure/group "value" low..high [by "attribution"] [in when] [part of N]`.
/// Each figure's span is checked to slice back to its value, so the dump can leave offsets out.
func figureDump(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    let figures = FigureExtractor.figures(in: text)
    return figures.map { figure in
        XCTAssertEqual(figure.span.slice(of: text), figure.value, "span slices back to the value", file: file, line: line)
        XCTAssertEqual(figure.sentenceSpan.slice(of: text), figure.sentence, "sentence span slices back", file: file, line: line)
        XCTAssertTrue(figure.sentenceSpan.contains(figure.span), "the number is inside its sentence", file: file, line: line)
        var dump = "\(figure.measure)/\(figure.group) \"\(figure.value)\" \(bound(figure.quantity.low))..\(bound(figure.quantity.high))"
        if let attribution = figure.attribution { dump += " by \"\(attribution)\"" }
        if let when = figure.when { dump += " in \(when)" }
        if let parent = figure.partOf { dump += " part of \(parent)" }
        return dump
    }
}

private func bound(_ value: Double?) -> String {
    guard let value else { return "" }
    return value == value.rounded() ? String(Int(value)) : String(value)
}
