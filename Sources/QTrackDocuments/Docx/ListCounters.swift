/// Counts list items as Word does while the document is read in order, and renders each label.
///
/// Instances of one abstract list share their counters (a list continues across `w:num`s), except an
/// instance with a `w:startOverride`, which counts on its own from its override (ECMA-376 §17.9.27).
struct ListCounters {
    private enum Key: Hashable {
        case abstract(Int)
        case instance(Int)
    }

    let numbering: Numbering
    private let styles: StyleSheet
    private var counters: [Key: [Int: Int]] = [:]
    private(set) var unknownFormats: Set<String> = []

    init(numbering: Numbering, styles: StyleSheet) {
        self.numbering = numbering
        self.styles = styles
    }

    /// Advances the counter of (`numberingID`, `level`) and returns the label, or nil when there is none.
    mutating func label(numberingID: Int, level: Int) -> String? {
        guard let instance = numbering.instances[numberingID],
            let definition = numbering.level(level, of: numberingID, styles: styles)
        else { return nil }
        let key: Key = instance.startOverrides.isEmpty ? .abstract(instance.abstractID) : .instance(numberingID)
        var values = counters[key] ?? [:]
        let start = instance.startOverrides[level] ?? definition.start
        values[level] = values[level].map { $0 + 1 } ?? start
        // A deeper level restarts when a shallower one advances (unless lvlRestart says otherwise).
        for deeper in values.keys where deeper > level {
            let restartAfter = numbering.level(deeper, of: numberingID, styles: styles)?.restartAfter ?? (deeper - 1)
            if restartAfter >= level { values[deeper] = nil }
        }
        counters[key] = values

        if definition.format == "bullet" { return "•" }
        if definition.format == "none" && !definition.text.contains("%") {
            return definition.text.isEmpty ? nil : definition.text
        }
        let label = render(definition.text, values: values, instance: instance, numberingID: numberingID, isLegal: definition.isLegal)
        return label.isEmpty ? nil : label
    }

    private mutating func render(_ pattern: String, values: [Int: Int], instance: Numbering.Instance, numberingID: Int, isLegal: Bool)
        -> String
    {
        var output = ""
        var characters = pattern.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            guard let digit = characters.next(), let number = digit.wholeNumberValue, (1...9).contains(number) else { continue }
            let level = number - 1
            let definition = numbering.level(level, of: numberingID, styles: styles)
            let value = values[level] ?? instance.startOverrides[level] ?? definition?.start ?? 1
            let format = isLegal ? "decimal" : (definition?.format ?? "decimal")
            output += formatted(value, format)
        }
        return output
    }

    private mutating func formatted(_ value: Int, _ format: String) -> String {
        switch format {
        case "decimal", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalHalfWidth", "decimalFullWidth":
            return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "lowerLetter": return NumberFormats.letters(value, uppercase: false)
        case "upperLetter": return NumberFormats.letters(value, uppercase: true)
        case "lowerRoman": return NumberFormats.roman(value).lowercased()
        case "upperRoman": return NumberFormats.roman(value)
        case "ordinal": return NumberFormats.ordinal(value)
        case "none": return ""
        case "bullet": return "•"
        default:
            unknownFormats.insert(format)
            return String(value)
        }
    }
}

/// Number spellings used by list labels.
enum NumberFormats {
    /// a, b, … z, aa, bb, … as Word writes them (the letter repeats, it does not carry).
    /// Word stops at 780 (zz…z, thirty letters); past it the number is written as digits, so that a list
    /// starting at a million does not spell labels thousands of letters long.
    static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0, value <= 780 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8((value - 1) % 26) + (uppercase ? 65 : 97)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let numerals: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var remaining = value
        var output = ""
        for (amount, numeral) in numerals {
            while remaining >= amount {
                output += numeral
                remaining -= amount
            }
        }
        return output
    }

    static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 100, value % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }
}
