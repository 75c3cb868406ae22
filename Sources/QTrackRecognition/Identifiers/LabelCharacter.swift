/// What the label scanners (`ListLabel.parse`, `QuestionLabelScanner`) ask of one character of a paragraph's head.
/// Two kinds answer: `Character`, the general rule, and `ASCIICharacter`, one byte of a head that is ASCII. Splitting
/// a head into `Character`s (grapheme breaking) was most of the time spent reading labels; one code path, generic
/// over the two, keeps the rules written once.
protocol LabelCharacter: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isASCII: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    /// One of `ListLabel.bulletCharacters`.
    var isBullet: Bool { get }
    func lowercased() -> String
    /// True when `set` holds this character; `set` is a short literal of single-scalar characters (".:)").
    func isAny(of set: String) -> Bool
    /// The characters as a string.
    static func string(_ characters: ArraySlice<Self>) -> String
}

extension Character: LabelCharacter {
    var isBullet: Bool { ListLabel.bulletCharacters.contains(self) }
    func isAny(of set: String) -> Bool { set.contains(self) }
    static func string(_ characters: ArraySlice<Character>) -> String { String(characters) }
}

/// One byte of a paragraph head known to be ASCII without a carriage return (see `ListLabel.asciiHead(of:)`): there
/// each byte is a whole `Character`, and each property below is what `Character` answers for that byte (Unicode's
/// letters, numbers and cases in ASCII are A–Z, a–z and 0–9). `ByteFastPathTests` compares the labels read both ways on real texts.
struct ASCIICharacter: LabelCharacter {
    var byte: UInt8

    init(_ byte: UInt8) {
        self.byte = byte
    }

    /// A literal outside ASCII ("“") becomes 0xFF, which no ASCII byte equals.
    init(unicodeScalarLiteral scalar: Unicode.Scalar) {
        byte = scalar.isASCII ? UInt8(scalar.value) : 0xFF
    }

    var isUppercase: Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    var isLowercase: Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    var isLetter: Bool { isUppercase || isLowercase }
    var isNumber: Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    var isASCII: Bool { byte < 0x80 }
    /// The ASCII bullets of `ListLabel.bulletCharacters`; the others are not ASCII.
    var isBullet: Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "o") }

    func lowercased() -> String {
        String(decoding: CollectionOfOne(isUppercase ? byte + 0x20 : byte), as: UTF8.self)
    }

    /// A single-scalar character of `set` is in ASCII exactly when one of its UTF-8 bytes is this byte.
    func isAny(of set: String) -> Bool { set.utf8.contains(byte) }

    static func string(_ characters: ArraySlice<ASCIICharacter>) -> String {
        String(decoding: characters.lazy.map(\.byte), as: UTF8.self)
    }
}
