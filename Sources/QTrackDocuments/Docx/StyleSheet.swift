/// The paragraph and character styles of `styles.xml`, resolved through `w:basedOn` (ECMA-376 §17.7).
struct StyleSheet {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numberingID: Int?
        var numberingLevel: Int?
        var bold: Bool?
        var italic: Bool?
        var color: String?
    }

    private var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?

    init() {}

    init(_ root: XMLTree.Element) {
        for element in root.elements where element.isW("style") {
            guard let id = element[attribute: "styleId"] else { continue }
            let paragraphProperties = element.w("pPr")
            let runProperties = element.w("rPr")
            let numbering = paragraphProperties?.w("numPr")
            styles[id] = Style(
                name: element.wValue("name"),
                basedOn: element.wValue("basedOn"),
                outlineLevel: paragraphProperties?.wNumber("outlineLvl", in: 0...9),
                numberingID: numbering?.wNumber("numId", in: 0...Numbering.maxID),
                numberingLevel: numbering?.wNumber("ilvl", in: 0...8),
                bold: runProperties?.isOn("b"),
                italic: runProperties?.isOn("i"),
                color: runProperties?.w("color")?[attribute: "val"])
            if element[attribute: "type"] == "paragraph", element[attribute: "default"] == "1" || element[attribute: "default"] == "true" {
                defaultParagraphStyle = id
            }
        }
    }

    func name(of id: String) -> String? { styles[id]?.name }

    /// Ancestors looked through at most: Word's own style chains are a handful deep, and a crafted chain of
    /// thousands would make every paragraph's lookup walk all of it.
    static let maxChain = 32

    /// The first value a style or its ancestors set, guarding against `basedOn` cycles and endless chains.
    func inherited<Value>(_ id: String?, _ property: (Style) -> Value?) -> Value? {
        // At most `maxChain` steps, which also ends a loop of styles based on each other; counting steps
        // instead of remembering the styles seen saves a set per paragraph.
        var current = id
        var steps = 0
        while let key = current, steps < Self.maxChain, let style = styles[key] {
            if let value = property(style) { return value }
            steps += 1
            current = style.basedOn
        }
        return nil
    }

    /// A heading level from the style's outline level, or from a built-in name such as "heading 2".
    func headingLevel(of id: String?) -> Int? {
        if let outline = inherited(id, \.outlineLevel), outline < 9 { return outline + 1 }
        var current = id
        var steps = 0
        while let key = current, steps < Self.maxChain, let style = styles[key] {
            if let name = style.name?.lowercased() {
                if name == "title" { return 1 }
                if name.hasPrefix("heading "), let level = Int(name.dropFirst("heading ".count)), (1...9).contains(level) {
                    return level
                }
            }
            steps += 1
            current = style.basedOn
        }
        return nil
    }
}
