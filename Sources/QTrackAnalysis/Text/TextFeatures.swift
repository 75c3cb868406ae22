import QTrackModel

/// The comparable features of a question's text: stemmed content words, masked dates, character trigrams.
struct TextFeatures: Sendable {
    /// Stemmed content words, stop words removed, in order (repeats kept): the question's own, then its sub-items'.
    let words: [String]
    /// How many of `words` come from the question's own text; the rest are its sub-items', weaker evidence.
    let ownWordCount: Int
    /// The distinct words, made when asked: the matcher compares words by their numbers (`SimilarityIndex`), and
    /// only the split and merge passes ask for sets, of a few questions; a set per question was 8% of the
    /// features' time.
    var wordSet: Set<String> { Set(words) }
    /// Character trigrams of the normalised text, each once and in ascending order, for spelling-level similarity.
    let trigrams: [UInt32]
    /// The normalised text with punctuation removed: equal for cosmetic changes only.
    let punctuationFree: String
    /// `punctuationFree` with years and dates masked: equal when only dates moved.
    let dateMasked: String

    /// `items` are the question's sub-items: their words count, less than the question's own.
    init(_ text: String, items: [String] = [], vocabulary: VocabularyRewriter? = nil) {
        var stems = StemMemo(vocabulary: vocabulary)
        self.init(text, items: items, stems: &stems)
    }

    /// As above, with stems remembered across the questions of a version (and read through the memo's
    /// vocabulary): most words recur, and stemming is the costliest step per word.
    init(_ text: String, items: [String] = [], stems: inout StemMemo) {
        let own = Self.tokens(TextNormalizer.comparable(text))
        let itemTokens = items.map { Self.tokens(TextNormalizer.comparable($0)) }
        let tokens = own + itemTokens.joined()
        punctuationFree = Self.spaced(tokens)
        // Most questions name no date: their masked text is the same string, not joined again.
        let masked = Self.maskDates(tokens)
        dateMasked = masked == tokens ? punctuationFree : Self.spaced(masked)
        // The forms each stem is written in are not kept: `writtenForms` finds them again for the few pairs shown.
        let ownWords = stems.vocabularyWords(own)
        ownWordCount = ownWords.count
        var itemWords: [String] = []
        for tokens in itemTokens { itemWords += stems.vocabularyWords(tokens) }
        words = ownWords + itemWords
        trigrams = Self.trigrams(punctuationFree)
    }

    /// The words with one space between each two: `joined(separator: " ")`, copying the words' bytes into a string
    /// made once at its full length instead of appending word by word (a tenth of the features' time).
    static func spaced(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        let length = words.reduce(words.count - 1) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for (index, var word) in words.enumerated() {
                if index > 0 {
                    buffer[end] = 0x20
                    end += 1
                }
                word.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[end..<(end + bytes.count)]).initialize(fromContentsOf: bytes)
                    end += bytes.count
                }
            }
            return end
        }
    }

    /// The character trigrams of a text, each packed into 32 bits. Three characters below U+0400 (Latin and
    /// Greek letters) fit exactly, ten bits each, so two such trigrams are equal exactly when their numbers are; a
    /// trigram with another character is folded with FNV-1a into the numbers with the top bit set. Half the
    /// memory of 64-bit packing, and unlike `Hasher` the same in every run.
    static func trigrams(_ text: String) -> [UInt32] {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiTrigrams), let grams = ascii { return grams }
        return codeTrigrams(text)
    }

    /// `trigrams` through an array of character codes: the rule for any text.
    static func codeTrigrams(_ text: String) -> [UInt32] {
        var codes: [UInt32] = []
        codes.reserveCapacity(text.utf8.count)
        // In ASCII every byte is a character: no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { codes.append(UInt32(byte)) }
            return packed(codes)
        }
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                codes.append(scalar.value)
            } else {
                // A character of several scalars (a letter with a combining mark): above every single scalar.
                var hash: UInt32 = 0x811c_9dc5
                for scalar in scalars {
                    hash ^= scalar.value
                    hash = hash &* 0x0100_0193
                }
                codes.append(0x11_0000 | hash)
            }
        }
        return packed(codes)
    }

    /// `packed` of an ASCII text's bytes, read straight from the string's storage: most questions are ASCII, and
    /// building the array of codes first was a fifth of the trigrams' time. Every byte is a character below
    /// U+0400, so each trigram is packed exactly as `packed` packs it. `nil` when the text is not ASCII.
    private static func asciiTrigrams(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32]? {
        var allBits: UInt8 = 0
        for byte in bytes { allBits |= byte }
        guard allBits < 0x80 else { return nil }
        guard bytes.count >= 3 else { return [] }
        var grams = [UInt32](unsafeUninitializedCapacity: bytes.count - 2) { buffer, count in
            var (a, b) = (UInt32(bytes[0]), UInt32(bytes[1]))
            for index in 2..<bytes.count {
                let c = UInt32(bytes[index])
                buffer[index - 2] = a << 20 | b << 10 | c
                (a, b) = (b, c)
            }
            count = bytes.count - 2
        }
        sortAndRemoveRepeats(&grams, ascii: true)
        return grams
    }

    /// Consecutive triples of character codes, one number each, sorted, without repeats.
    private static func packed(_ codes: [UInt32]) -> [UInt32] {
        guard codes.count >= 3 else { return [] }
        var grams: [UInt32] = []
        grams.reserveCapacity(codes.count - 2)
        for index in 0...(codes.count - 3) {
            let (a, b, c) = (codes[index], codes[index + 1], codes[index + 2])
            if a < 0x400 && b < 0x400 && c < 0x400 {
                grams.append(a << 20 | b << 10 | c)
            } else {
                let hash = ((0x811c_9dc5 ^ a) &* 0x0100_0193 ^ b) &* 0x0100_0193 ^ c
                grams.append(0x8000_0000 | hash &* 0x0100_0193)
            }
        }
        sortAndRemoveRepeats(&grams)
        return grams
    }

    /// Sorted without repeats: similarity is then a merge of two sorted arrays. `ascii` when every gram is
    /// three ASCII characters: three passes of seven bits then sort them, in the same order as four of a byte.
    private static func sortAndRemoveRepeats(_ grams: inout [UInt32], ascii: Bool = false) {
        if ascii { radixSort(&grams, digitBits: 7, shifts: asciiTrigramShifts) } else { radixSort(&grams) }
        var unique = 0
        grams.withUnsafeMutableBufferPointer { grams in
            for index in grams.indices where unique == 0 || grams[unique - 1] != grams[index] {
                grams[unique] = grams[index]
                unique += 1
            }
        }
        grams.removeLast(grams.count - unique)
    }

    /// Sorts in four passes of a byte each (least significant first), in the same order as `sort()`: the standard
    /// library's comparison sort of every question's trigrams was a twentieth of a 10,000-question diff.
    static func radixSort(_ values: inout [UInt32]) {
        radixSort(&values, digitBits: 8, shifts: byteShifts)
    }

    private static let byteShifts: [UInt32] = [0, 8, 16, 24]
    /// The three characters of an ASCII trigram, each below 128, packed 10 bits apart.
    private static let asciiTrigramShifts: [UInt32] = [0, 10, 20]

    /// Sorts `values` whose bits outside the digits (`digitBits` wide, at `shifts`, least significant first) are
    /// zero: one pass per digit, in the same order as `sort()`. Every digit is counted in one reading, and the
    /// counts and the second buffer live on the stack: a question's trigrams are a few hundred numbers, and two
    /// allocations and a counting pass per digit were half the sort.
    static func radixSort(_ values: inout [UInt32], digitBits: Int, shifts: [UInt32]) {
        let count = values.count
        guard count > 64 else { return values.sort() }
        let radix = 1 << digitBits
        let mask = UInt32(radix - 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: shifts.count * radix) { counts in
            counts.initialize(repeating: 0)
            values.withUnsafeMutableBufferPointer { values in
                for value in values {
                    for (digit, shift) in shifts.enumerated() { counts[digit * radix + Int(value >> shift & mask)] += 1 }
                }
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { other in
                    var (source, target) = (values, other)
                    for (digit, shift) in shifts.enumerated() {
                        let base = digit * radix
                        // Every value has the same digit here: this pass would not move anything.
                        if counts[base + Int(source[0] >> shift & mask)] == count { continue }
                        var start = 0
                        for bucket in base..<(base + radix) {
                            let inBucket = counts[bucket]
                            counts[bucket] = start
                            start += inBucket
                        }
                        for value in source {
                            let bucket = base + Int(value >> shift & mask)
                            target[counts[bucket]] = value
                            counts[bucket] += 1
                        }
                        swap(&source, &target)
                    }
                    // An odd number of passes moved: the sorted values are in the temporary buffer.
                    if source.baseAddress != values.baseAddress {
                        _ = values.update(fromContentsOf: source)
                    }
                }
            }
        }
    }

    /// The stemmed words that carry meaning, in order: what similarity compares.
    static func contentWords(_ text: String) -> [String] {
        contentWords(of: tokens(TextNormalizer.comparable(text)))
    }

    static func contentWords(of tokens: [String]) -> [String] {
        tokens.filter { !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }.map(stem)
    }

    /// Lower-case words and numbers; punctuation separates them (apostrophes inside words are dropped).
    static func tokens(_ comparable: String) -> [String] {
        if let ascii = comparable.utf8.withContiguousStorageIfAvailable(asciiTokens), let tokens = ascii { return tokens }
        return scalarTokens(comparable)
    }

    /// `scalarTokens` of an ASCII text, read byte by byte: most questions are ASCII, and decoding each scalar and
    /// growing a byte array per word was most of the tokens' time. Below 0x80 a byte is a scalar, and the rule is
    /// the same: letters and digits make words, an apostrophe is skipped, anything else separates. A word without
    /// an apostrophe is made straight from the text's bytes. `nil` when the text is not ASCII.
    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var allBits: UInt8 = 0
        for byte in bytes { allBits |= byte }
        guard allBits < 0x80 else { return nil }
        var tokens: [String] = []
        var start = 0
        var hasApostrophe = false
        func endWord(at end: Int) {
            guard start < end else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !hasApostrophe {
                tokens.append(String(decoding: word, as: UTF8.self))
            } else if word.contains(where: { $0 != 0x27 }) {
                tokens.append(String(decoding: word.lazy.filter { $0 != 0x27 }, as: UTF8.self))
            }
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
                continue
            } else if byte == 0x27 {
                hasApostrophe = true
                continue
            }
            endWord(at: index)
            start = index + 1
            hasApostrophe = false
        }
        endWord(at: bytes.count)
        return tokens
    }

    /// `tokens`, scalar by scalar: the rule for any text.
    static func scalarTokens(_ comparable: String) -> [String] {
        var tokens: [String] = []
        // The word being read, as UTF-8 bytes: cheaper to grow than a String.
        var current: [UInt8] = []
        for scalar in comparable.unicodeScalars {
            let isWordScalar: Bool
            if scalar.value < 0x80 {
                let value = scalar.value
                isWordScalar = (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
            } else {
                isWordScalar =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
            }
            if isWordScalar {
                if scalar.isASCII { current.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { current.append($0) } }
            } else if scalar == "'" {
                continue
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The first two bytes of each month's name, as one number (`beginning(of:)`).
    private static let monthBeginnings: [UInt16] = months.sorted().map(beginning)

    private static func beginning(of word: String) -> UInt16 {
        var bytes = word.utf8.makeIterator()
        return UInt16(bytes.next() ?? 0) << 8 | UInt16(bytes.next() ?? 0)
    }

    /// Years (1900–2199), month names and day numbers next to a month become placeholders.
    /// Lengths are counted in UTF-8 bytes, a word is parsed only when it starts with a digit and looked up only
    /// when it starts as a month's name does: the same answers (a year is four ASCII digits, a month's name is
    /// ASCII) without parsing or hashing every word.
    static func maskDates(_ tokens: [String]) -> [String] {
        var masked = tokens
        var namesMonth = false
        for index in masked.indices {
            let token = masked[index]
            let length = token.utf8.count
            guard let first = token.utf8.first else { continue }
            if length == 4, (0x30...0x39).contains(first), let year = Int(token), (1900...2199).contains(year) {
                masked[index] = "#year"
            } else if (3...9).contains(length), monthBeginnings.contains(beginning(of: token)), months.contains(token) {
                masked[index] = "#month"
                namesMonth = true
            }
        }
        // A day is a number next to a month: with no month there is none (most questions name no month).
        guard namesMonth else { return masked }
        for index in masked.indices where masked[index] != "#month" {
            guard let first = masked[index].utf8.first, (0x30...0x39).contains(first) else { continue }
            guard let day = Int(masked[index]), (1...31).contains(day) else { continue }
            let nearMonth = (index > 0 && masked[index - 1] == "#month") || (index + 1 < masked.count && masked[index + 1] == "#month")
            if nearMonth { masked[index] = "#day" }
        }
        return masked
    }

    /// A light English stemmer: enough to pair "victims"/"victim", "trained"/"training", "identifies"/"identified",
    /// "recruiters"/"recruiting", "perpetrators"/"perpetrating", "facilitate"/"facilitating"/"facilitation",
    /// "shelter"/"shelters", "monitor"/"monitoring".
    static func stem(_ word: String) -> String {
        // Short plurals: "laws", "fees", "jobs" (not "less", "bus", "this").
        if word.count == 4, word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix), word.allSatisfy(\.isLetter) {
            return String(word.dropLast())
        }
        guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        for (suffix, replacement) in [
            ("ations", "at"), ("ation", "at"), ("ating", "at"), ("ated", "at"), ("ates", "at"), ("ate", "at"), ("ities", "ity"),
            ("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""),
            ("ments", ""), ("ment", ""), ("ers", ""), ("ors", ""), ("er", ""), ("or", ""), ("ed", ""), ("es", ""), ("s", ""),
        ] where word.hasSuffix(suffix) && word.count - suffix.count >= (["ers", "ors", "er", "or"].contains(suffix) ? 5 : 3) {
            if suffix == "s", word.hasSuffix("ss") { return word }
            if suffix == "es", !(word.hasSuffix("ses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes")) {
                return String(word.dropLast(1))
            }
            let stemmed = String(word.dropLast(suffix.count)) + replacement
            // "monitoring" → "monitor" → "monit", as "monitor" itself: a verb's forms and its agent noun agree.
            return ["ing", "ings", "ed"].contains(suffix) && (stemmed.hasSuffix("er") || stemmed.hasSuffix("or")) ? stem(stemmed) : stemmed
        }
        return word
    }

    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both", "but", "by",
        "can", "could", "did", "do", "does", "during", "each", "e", "eg", "etc", "for", "from", "g", "had", "has", "have", "how", "i",
        "ie", "if", "in", "into", "is", "it", "its", "many", "may", "more", "most", "much", "no", "not", "of", "on", "or", "other",
        "our", "out", "over", "please", "s", "same", "should", "so", "some", "such", "than", "that", "the", "their", "them", "there",
        "these", "they", "this", "those", "through", "to", "under", "up", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "why", "will", "with", "would", "yes", "you", "your",
    ]
}
