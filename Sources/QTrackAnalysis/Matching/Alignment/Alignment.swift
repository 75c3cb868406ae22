/// What the passes have decided so far: the pairs made, the questions taken, the pairs a reviewer refused,
/// and the extra parts of splits and merges. Each pass reads it and adds to it.
struct Alignment {
    struct Link {
        var pair: IndexPair
        var origin: QuestionChange.Origin
        var scores: SimilarityIndex.Scores?
        var evidence: [String]
        var certainty: Certainty = .certain
    }

    private(set) var links: [Link] = []
    private(set) var oldTaken: [Bool]
    private(set) var newTaken: [Bool]
    /// Pairs a reviewer said are unrelated: no pass makes them.
    var forbidden: Set<IndexPair> = []
    /// Questions a reviewer said have no counterpart: no pass pairs them.
    var aloneOld: Set<Int> = []
    var aloneNew: Set<Int> = []
    /// Split and merge parts a reviewer recorded.
    var decidedParts: Set<IndexPair> = []
    /// Further new parts of a split old question, and further old parts of a merged new one.
    var splitParts: [Int: [Int]] = [:]
    var mergeParts: [Int: [Int]] = [:]
    /// Split and merge parts found on weaker evidence: reported as probable.
    var probableParts: Set<IndexPair> = []

    init(oldCount: Int, newCount: Int) {
        oldTaken = Array(repeating: false, count: oldCount)
        newTaken = Array(repeating: false, count: newCount)
    }

    mutating func link(
        _ pair: IndexPair, _ origin: QuestionChange.Origin, scores: SimilarityIndex.Scores?, evidence: [String],
        certainty: Certainty = .certain
    ) {
        links.append(Link(pair: pair, origin: origin, scores: scores, evidence: evidence, certainty: certainty))
        oldTaken[pair.old] = true
        newTaken[pair.new] = true
    }

    /// Marks a question as taken by a split or merge without a link of its own.
    mutating func takeOld(_ index: Int) { oldTaken[index] = true }
    mutating func takeNew(_ index: Int) { newTaken[index] = true }

    func isFree(_ pair: IndexPair) -> Bool {
        !oldTaken[pair.old] && !newTaken[pair.new] && !isRefused(pair)
    }

    /// True when a reviewer's decision rules the pair out.
    func isRefused(_ pair: IndexPair) -> Bool {
        forbidden.contains(pair) || aloneOld.contains(pair.old) || aloneNew.contains(pair.new)
    }
}
