import QTrackModel

/// The comparable features of a question's text: stemmed content words, masked dates, character trigrams.
struct TextFeatures: Sendable {
    /// Stemmed content words, stop words removed, in order (repeats kept): the question's own, then its sub-items'.
    let words: [String]
    /// How many of `words` come from the question's own text; the rest are its sub-items', weaker evidence.
    let ownWordCount: Int
    let wordSet: Set<String>
    /// Character trigrams of the normalised text, each once and in ascending order, for spelling-level similarity.
    let trigrams: [UInt32]
    /// The normalised text with punctuation removed: equal for cosmetic changes only.
    let punctuationFree: String
    /// `punctuationFree` with years and dates masked: equal when only dates moved.
    let dateMasked: String

    /// `items` are the question's sub-items: their words count, less than the question's own.
    init(_ text: String, items: [String] = [], vocabulary: VocabularyRewriter? = nil) {
        var stems = StemMemo()
        self.init(text, items: items, vocabulary: vocabulary, stems: &stems)
    }

    /// As above, with stems remembered across the questions of a version: most words recur, and stemming is
    /// the costliest step per word.
    init(_ text: String, items: [String] = [], vocabulary: VocabularyRewriter?, stems: inout StemMemo) {
        let own = Self.tokens(TextNormalizer.comparable(text))
        let itemTokens = items.map { Self.tokens(TextNormalizer.comparable($0)) }
        let tokens = own + itemTokens.joined()
        punctuationFree = tokens.joined(separator: " ")
        // Most questions name no date: their masked text is the same string, not joined again.
        let masked = Self.maskDates(tokens)
        dateMasked = masked == tokens ? punctuationFree : masked.joined(separator: " ")
        let rewrite = { (content: [String]) in vocabulary?.rewrite(content) ?? content }
        // The forms each stem is written in are not kept: `writtenForms` finds them again for the few pairs shown.
        let ownWords = rewrite(stems.contentWords(own))
        ownWordCount = ownWords.count
        var itemWords: [String] = []
        for tokens in itemTokens { itemWords += rewrite(stems.contentWords(tokens)) }
        words = ownWords + itemWords
        wordSet = Set(words)
        trigrams = Self.trigrams(punctuationFree)
    }

    /// The character trigrams of a text, each packed into 32 bits. Three characters below U+0400 (Latin and
    /// Greek letters) fit exactly, ten bits each, so two such trigrams are equal exactly when their numbers are; a
    /// trigram with another character is folded with FNV-1a into the numbers with the top bit set. Half the
    /// memory of 64-bit packing, and unlike `Hasher` the same in every run.
    static func trigrams(_ text: String) -> [UInt32] {
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
        // Sorted without repeats: similarity is then a merge of two sorted arrays.
        radixSort(&grams)
        var unique = 0
        for index in grams.indices where unique == 0 || grams[unique - 1] != grams[index] {
            grams[unique] = grams[index]
            unique += 1
        }
        grams.removeLast(grams.count - unique)
        return grams
    }

    /// Sorts in four passes of a byte each (least significant first), in the same order as `sort()`: the standard
    /// library's comparison sort of every question's trigrams was a twentieth of a 10,000-question diff.
    static func radixSort(_ values: inout [UInt32]) {
        guard values.count > 64 else { return values.sort() }
        var other = [UInt32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 256)
        for shift: UInt32 in [0, 8, 16, 24] {
            for index in counts.indices { counts[index] = 0 }
            values.withUnsafeBufferPointer { source in
                for value in source { counts[Int(value >> shift & 0xFF)] += 1 }
            }
            // Every value has the same byte here: this pass would not move anything.
            if counts[Int(values[0] >> shift & 0xFF)] == values.count { continue }
            var start = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = start
                start += count
            }
            values.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    for value in source {
                        let bucket = Int(value >> shift & 0xFF)
                        target[counts[bucket]] = value
                        counts[bucket] += 1
                    }
                }
            }
            swap(&values, &other)
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

    /// Years (1900–2199), month names and day numbers next to a month become placeholders.
    /// Lengths are counted in UTF-8 bytes and a number must start with a digit before it is parsed or looked up:
    /// the same answers (a number is ASCII digits only) without hashing or parsing every word.
    static func maskDates(_ tokens: [String]) -> [String] {
        var masked = tokens
        for index in masked.indices {
            let token = masked[index]
            let length = token.utf8.count
            if length == 4, let year = Int(token), (1900...2199).contains(year) {
                masked[index] = "#year"
            } else if (3...9).contains(length), months.contains(token) {
                masked[index] = "#month"
            }
        }
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
