/// A small, immutable XML tree: what the WordprocessingML code walks. Built by `XMLParsing` from libxml2.
enum XMLTree {
    /// The namespaces qtrack looks at, folding the transitional and strict OOXML spellings together.
    enum Namespace: Sendable, Hashable {
        case wordprocessing
        case math
        case markupCompatibility
        case relationships
        case packageRelationships
        case contentTypes
        case other

        init(uri: String) {
            switch uri {
            case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main":
                self = .wordprocessing
            case "http://schemas.openxmlformats.org/officeDocument/2006/math",
                "http://purl.oclc.org/ooxml/officeDocument/math":
                self = .math
            case "http://schemas.openxmlformats.org/markup-compatibility/2006":
                self = .markupCompatibility
            case "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships":
                self = .relationships
            case "http://schemas.openxmlformats.org/package/2006/relationships":
                self = .packageRelationships
            case "http://schemas.openxmlformats.org/package/2006/content-types":
                self = .contentTypes
            default:
                self = .other
            }
        }
    }

    enum Node: Sendable {
        case element(Element)
        case text(String)
    }

    struct Element: Sendable {
        var namespace: Namespace
        var name: String
        /// Attributes by local name; OOXML never puts two attributes of one name on an element.
        var attributes: [String: String]
        var children: [Node]

        /// True for a WordprocessingML element with this local name.
        func isW(_ localName: String) -> Bool {
            namespace == .wordprocessing && name == localName
        }

        subscript(attribute name: String) -> String? { attributes[name] }

        var elements: some Sequence<Element> {
            children.lazy.compactMap { node in
                if case .element(let element) = node { element } else { nil }
            }
        }

        var firstElement: Element? {
            elements.first { _ in true }
        }

        /// The first WordprocessingML child with this local name.
        func w(_ localName: String) -> Element? {
            elements.first { $0.isW(localName) }
        }

        /// `w:val` of the WordprocessingML child with this local name.
        func wValue(_ localName: String) -> String? {
            w(localName)?[attribute: "val"]
        }

        /// A number from the file, bounded before any arithmetic: a hostile file may say `Int.max`.
        func wNumber(_ localName: String, in range: ClosedRange<Int>) -> Int? {
            Self.bounded(wValue(localName), in: range)
        }

        func number(attribute name: String, in range: ClosedRange<Int>) -> Int? {
            Self.bounded(self[attribute: name], in: range)
        }

        /// Nil for what is not a whole number; a number out of `range` is brought to its nearest end.
        static func bounded(_ text: String?, in range: ClosedRange<Int>) -> Int? {
            guard let text, let value = Int(text.prefix(20)) ?? (text.allSatisfy(\.isNumber) ? Int.max : nil) else { return nil }
            return min(max(value, range.lowerBound), range.upperBound)
        }

        /// All WordprocessingML descendants with this local name, in document order.
        func descendantsW(_ localName: String) -> [Element] {
            var found: [Element] = []
            for child in elements {
                if child.isW(localName) { found.append(child) }
                found += child.descendantsW(localName)
            }
            return found
        }

        /// The concatenated character data below this element.
        var textContent: String {
            children.map { node in
                switch node {
                case .text(let text): text
                case .element(let element): element.textContent
                }
            }.joined()
        }
    }
}

extension XMLTree.Element {
    /// An on/off property (`<w:b/>`, `<w:b w:val="false"/>`) as ECMA-376 §17.17.4 defines it.
    func isOn(_ localName: String) -> Bool? {
        guard let property = w(localName) else { return nil }
        switch property[attribute: "val"] {
        case nil, "true", "1", "on": return true
        default: return false
        }
    }
}
