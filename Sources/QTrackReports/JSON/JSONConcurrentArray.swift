/// An array of a large report whose elements `JSONByteEncoder` writes in parts on every core
/// (`JSONByteWriter.encodeElements`); any other encoder, and a short array, get the array as it is.
struct JSONConcurrentArray<Element: Encodable & Sendable>: Encodable, Sendable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    /// Below this many elements one thread writes them sooner than two can start.
    static var shortestSplit: Int { 64 }

    func encode(to encoder: any Encoder) throws {
        guard let encoder = encoder as? JSONByteEncoder, elements.count >= Self.shortestSplit else {
            try elements.encode(to: encoder)
            return
        }
        try encoder.writer.encodeElements(elements, depth: encoder.depth, start: encoder.start)
    }
}
