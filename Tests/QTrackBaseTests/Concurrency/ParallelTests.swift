import Testing

@testable import QTrackBase

/// Work spread over the cores must give what one thread gives, in the same order: a diff's pairs, candidates and
/// report are made this way, and the same inputs must give the same bytes.
@Suite("Parallel")
struct ParallelTests {
    @Test("map gives each part's result in the parts' order", arguments: [0, 1, 2, 3, 17, 1000])
    func mapInOrder(count: Int) {
        #expect(Parallel.map(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }

    @Test("map over parts of an array gives the elements' results in order", arguments: [0, 1, 5, 16, 999])
    func mapInParts(count: Int) {
        let words = (0..<count).map { "word \($0)" }
        #expect(Parallel.map(words, parts: 16) { $0.uppercased() } == words.map { $0.uppercased() })
    }

    @Test("ranges cover every index once, in order, in no more parts than asked, none shorter than asked but one")
    func ranges() {
        for total in [0, 1, 7, 64, 1001, 10_000] {
            for parts in [1, 2, 16, 64] {
                for minimumLength in [1, 64] {
                    let ranges = Parallel.ranges(total, parts: parts, minimumLength: minimumLength)
                    #expect(ranges.flatMap { Array($0) } == Array(0..<total))
                    #expect(ranges.count <= max(1, parts))
                    #expect(ranges.count == 1 || ranges.allSatisfy { $0.count >= minimumLength })
                }
            }
        }
        #expect(Parallel.ranges(200, parts: 64).count == 3)
        #expect(Parallel.ranges(10_000, parts: 16).count == 16)
    }

    @Test("both gives the two results in their places")
    func both() {
        let (first, second) = Parallel.both({ (1...1000).reduce(0, +) }, { String(repeating: "a", count: 3) })
        #expect(first == 500_500)
        #expect(second == "aaa")
    }
}
