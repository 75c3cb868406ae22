/// Word's list numbering from `numbering.xml` (ECMA-376 §17.9): the labels Word shows but never stores
/// in the text. Holds the definitions; `ListCounters` turns them into labels paragraph by paragraph.
struct Numbering {
    /// Word's own limits are far lower; these keep every counter's arithmetic far from overflow.
    static let maxID = 1_000_000
    static let maxStart = 1_000_000
    struct Level {
        var start: Int = 1
        var format: String = "decimal"
        var text: String = "%1."
        var isLegal = false
        /// Restart after a paragraph at this 0-based level or above (`w:lvlRestart`, 1-based in the file).
        var restartAfter: Int?
        var paragraphStyle: String?
    }

    struct Instance {
        var abstractID: Int
        var levels: [Int: Level]
        /// Levels whose start the instance overrides: such an instance counts on its own.
        var startOverrides: [Int: Int]
    }

    private(set) var abstractLevels: [Int: [Int: Level]] = [:]
    private var abstractStyleLinks: [Int: String] = [:]
    private(set) var instances: [Int: Instance] = [:]

    init() {}

    init(_ root: XMLTree.Element) {
        for element in root.elements where element.isW("abstractNum") {
            guard let id = element.number(attribute: "abstractNumId", in: 0...Self.maxID) else { continue }
            abstractLevels[id] = Self.levels(in: element)
            if let link = element.wValue("numStyleLink") { abstractStyleLinks[id] = link }
        }
        for element in root.elements where element.isW("num") {
            guard let id = element.number(attribute: "numId", in: 0...Self.maxID),
                let abstractID = element.wNumber("abstractNumId", in: 0...Self.maxID)
            else { continue }
            var levels: [Int: Level] = [:]
            var overrides: [Int: Int] = [:]
            for override in element.elements where override.isW("lvlOverride") {
                guard let level = override.number(attribute: "ilvl", in: 0...8) else { continue }
                if let start = override.wNumber("startOverride", in: 0...Self.maxStart) { overrides[level] = start }
                if let definition = override.w("lvl") { levels[level] = Self.level(definition) }
            }
            instances[id] = Instance(abstractID: abstractID, levels: levels, startOverrides: overrides)
        }
    }

    /// The level definition an instance uses, following a `numStyleLink` to the style's list once.
    func level(_ level: Int, of numberingID: Int, styles: StyleSheet) -> Level? {
        guard let instance = instances[numberingID] else { return nil }
        if let own = instance.levels[level] { return own }
        var levels = abstractLevels[instance.abstractID]
        if let link = abstractStyleLinks[instance.abstractID],
            let linkedID = styles.inherited(link, \.numberingID),
            let linked = instances[linkedID], linked.abstractID != instance.abstractID
        {
            levels = abstractLevels[linked.abstractID] ?? levels
        }
        return levels?[level]
    }

    /// The level whose `w:pStyle` names this paragraph style, for numbering that comes with a style.
    func levelLinked(toStyle style: String, numberingID: Int) -> Int? {
        guard let instance = instances[numberingID], let levels = abstractLevels[instance.abstractID] else { return nil }
        // The shallowest such level: a dictionary's order would follow the process's hash seed.
        return levels.filter { $0.value.paragraphStyle == style }.keys.min()
    }

    private static func levels(in element: XMLTree.Element) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for definition in element.elements where definition.isW("lvl") {
            if let index = definition.number(attribute: "ilvl", in: 0...8) {
                levels[index] = level(definition)
            }
        }
        return levels
    }

    private static func level(_ definition: XMLTree.Element) -> Level {
        var level = Level()
        if let start = definition.wNumber("start", in: 0...Self.maxStart) { level.start = start }
        if let format = definition.wValue("numFmt") { level.format = format }
        if let text = definition.w("lvlText") { level.text = text[attribute: "val"] ?? "" }
        level.isLegal = definition.isOn("isLgl") ?? false
        level.restartAfter = definition.wNumber("lvlRestart", in: 0...9).map { $0 - 1 }
        level.paragraphStyle = definition.wValue("pStyle")
        return level
    }
}
