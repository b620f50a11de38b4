/// Every figure in the five seed articles, annotated by hand from reading their text.
///
/// One entry per distinct (document, measure, group, value) a careful reader would table; `value`
/// is the number as written (qualifier included, "a total of" left out). A sentence that a document
/// repeats is annotated once. Numbers that count no people (states, missions, districts, percent of
/// territory, years, dates, ordinals, resolution and footnote numbers) are deliberately absent.
struct AnnotatedFigure: Hashable {
    var document: String
    var measure: String
    var group: String
    var value: String
    var attribution: String? = nil
    var when: String? = nil
}

enum SeedFigureAnnotation {
    static let figures: [AnnotatedFigure] = [
        // 000: Vasif Huseynov, Eurasia Review, 2021.
        AnnotatedFigure(document: "000", measure: "victims", group: "people", value: "Thousands"),
        AnnotatedFigure(document: "000", measure: "killed", group: "people", value: "more than six hundred"),
        AnnotatedFigure(document: "000", measure: "population", group: "people", value: "seven thousand"),
        AnnotatedFigure(document: "000", measure: "population", group: "people", value: "more than 700,000"),
        AnnotatedFigure(document: "000", measure: "killed", group: "people", value: "More than 600"),
        AnnotatedFigure(document: "000", measure: "killed", group: "women", value: "106"),
        AnnotatedFigure(document: "000", measure: "killed", group: "children", value: "63"),
        AnnotatedFigure(document: "000", measure: "missing", group: "people", value: "150"),
        AnnotatedFigure(document: "000", measure: "missing", group: "women", value: "68"),
        AnnotatedFigure(document: "000", measure: "missing", group: "children", value: "26"),
        AnnotatedFigure(document: "000", measure: "wounded", group: "people", value: "487"),
        AnnotatedFigure(document: "000", measure: "destroyed", group: "families", value: "8"),
        AnnotatedFigure(document: "000", measure: "lost", group: "children", value: "130"),
        AnnotatedFigure(document: "000", measure: "lost", group: "children", value: "25"),
        // 001: Paul Goble, 2012; Aliyev's figures are quoted, so no sentence-level attribution.
        AnnotatedFigure(document: "001", measure: "victims", group: "people", value: "hundreds"),
        AnnotatedFigure(document: "001", measure: "marched", group: "people", value: "More than 60,000"),
        AnnotatedFigure(document: "001", measure: "killed", group: "people", value: "613"),
        AnnotatedFigure(document: "001", measure: "hostages", group: "people", value: "1,275"),
        AnnotatedFigure(document: "001", measure: "missing", group: "people", value: "150"),
        AnnotatedFigure(document: "001", measure: "killed", group: "children", value: "63"),
        AnnotatedFigure(document: "001", measure: "killed", group: "women", value: "106"),
        AnnotatedFigure(document: "001", measure: "killed", group: "elderly", value: "70"),
        AnnotatedFigure(document: "001", measure: "identified", group: "people", value: "39"),
        // 002: Tesfa-Alem Tekle, 2021.
        AnnotatedFigure(document: "002", measure: "killed", group: "people", value: "613",
                        attribution: "Azerbaijan’s Government"),
        AnnotatedFigure(document: "002", measure: "killed", group: "women and children", value: "169",
                        attribution: "Azerbaijan’s Government"),
        AnnotatedFigure(document: "002", measure: "wounded", group: "people", value: "487",
                        attribution: "international right groups"),
        AnnotatedFigure(document: "002", measure: "wounded", group: "children", value: "76",
                        attribution: "international right groups"),
        AnnotatedFigure(document: "002", measure: "hostages", group: "people", value: "1275",
                        attribution: "international right groups"),
        AnnotatedFigure(document: "002", measure: "missing", group: "people", value: "150",
                        attribution: "international right groups"),
        AnnotatedFigure(document: "002", measure: "killed", group: "people", value: "over 100", when: "2020"),
        AnnotatedFigure(document: "002", measure: "wounded", group: "people", value: "over 400", when: "2020"),
        // 003: Tahir Farooq.
        AnnotatedFigure(document: "003", measure: "killed", group: "people", value: "hundreds"),
        AnnotatedFigure(document: "003", measure: "killed", group: "people", value: "613"),
        AnnotatedFigure(document: "003", measure: "killed", group: "women", value: "106"),
        AnnotatedFigure(document: "003", measure: "killed", group: "children", value: "63"),
        AnnotatedFigure(document: "003", measure: "wounded, hostages or missing", group: "people", value: "thousands"),
        // 004: Mehmood Ul Hassan Khan, 2017.
        AnnotatedFigure(document: "004", measure: "killed", group: "people", value: "613", attribution: "an official report"),
        AnnotatedFigure(document: "004", measure: "killed", group: "women", value: "106", attribution: "an official report"),
        AnnotatedFigure(document: "004", measure: "killed", group: "elderly", value: "70", attribution: "an official report"),
        AnnotatedFigure(document: "004", measure: "killed", group: "children", value: "83", attribution: "an official report"),
        AnnotatedFigure(document: "004", measure: "disabled", group: "people", value: "1,000", attribution: "an official report"),
        AnnotatedFigure(document: "004", measure: "hostages", group: "people", value: "1,275"),
        AnnotatedFigure(document: "004", measure: "displaced", group: "people", value: "Over one million"),
    ]
}
