import Dispatch

/// Work spread over the cores of the machine (two on the office PCs and CI runners qtrack runs on): a large
/// diff's steps that depend only on their own inputs run in parts at once, and give the same result, in the same
/// order, as one after the other.
public enum Parallel {
    /// `body(0)`, `body(1)`, … `body(count - 1)` run on as many threads as there are cores, each part taken by the
    /// next free thread, and their results in the parts' order. A part may only read what is shared, or work on
    /// what it alone holds.
    public static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            let work = UncheckedWork(body: body)
            return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                // Each part initialises its own slot; concurrentPerform returns when all have finished.
                let slots = UncheckedSlots(base: buffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: count) { part in (slots.base + part).initialize(to: work.body(part)) }
                initialized = count
            }
        }
    }

    /// `transform` of each element, in `parts` parts of about equal length run as `map(_:_:)` runs them, in the
    /// elements' order.
    public static func map<Element, Result>(_ elements: [Element], parts: Int, _ transform: (Element) -> Result) -> [Result] {
        let ranges = ranges(elements.count, parts: parts)
        guard ranges.count > 1 else { return elements.map(transform) }
        return Array(map(ranges.count) { elements[ranges[$0]].map(transform) }.joined())
    }

    /// Runs `first` and `second` at once and returns both results. Neither may touch what the other writes.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UncheckedWork<Void> { half in
                    if half == 0 { a = first() } else { b = second() }
                }
                DispatchQueue.concurrentPerform(iterations: 2) { work.body($0) }
            }
        }
        return (a!, b!)
    }

    /// The ranges of `count` parts of about equal size that cover `0..<total`, for `map` over a long array; fewer
    /// parts when they would hold fewer than `minimumLength` elements each: handing a part to another thread costs
    /// more than a few elements' work, and a short diff (a real questionnaire's 200 questions) runs on one.
    public static func ranges(_ total: Int, parts count: Int, minimumLength: Int = 64) -> [Range<Int>] {
        let parts = max(1, min(count, total / max(1, minimumLength)))
        return (0..<parts).map { part in (total * part / parts)..<(total * (part + 1) / parts) }
    }

    /// Where the parts' results go, each slot written by the one thread that computes it.
    private struct UncheckedSlots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>
    }

    /// The work handed to the threads; `map` and `both` wait for all of it before they return.
    private struct UncheckedWork<Value>: @unchecked Sendable {
        let body: (Int) -> Value
    }
}
