/// An array of a large report whose elements `JSONByteEncoder` writes in parts on every core
/// (`JSONByteWriter.encodeElements`; a short array in one); any other encoder gets the array as it is.
struct JSONConcurrentArray<Element: Encodable & Sendable>: Encodable, Sendable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    func encode(to encoder: any Encoder) throws {
        guard let encoder = encoder as? JSONByteEncoder else {
            try elements.encode(to: encoder)
            return
        }
        try encoder.writer.encodeElements(elements, depth: encoder.depth, start: encoder.start)
    }
}
