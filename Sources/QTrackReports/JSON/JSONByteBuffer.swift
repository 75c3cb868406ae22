import Foundation

/// The growing bytes of `JSONByteWriter`: what `[UInt8]` does, without its uniqueness and capacity checks on each
/// of the millions of small appends of a large document (a tenth of its writing), and grown by `realloc`, which
/// for a large buffer remaps its pages instead of copying them.
struct JSONByteBuffer: ~Copyable {
    private(set) var count = 0
    private var capacity: Int
    private var base: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        base = Self.allocate(nil, self.capacity)
    }

    deinit {
        free(base)
    }

    subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < count, "index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "index out of range")
            base[index] = newValue
        }
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func removeLast(_ length: Int) {
        precondition(length >= 0 && length <= count, "cannot remove more bytes than there are")
        count -= length
    }

    /// The bytes from `start` on, to read or to change in place.
    mutating func withMutableBytes<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Result) rethrows -> Result
    {
        precondition(start >= 0 && start <= count, "index out of range")
        return try body(UnsafeMutableBufferPointer(start: base + start, count: count - start))
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold extra: Int) {
        capacity = max(2 * capacity, count + extra)
        base = Self.allocate(base, capacity)
    }

    private static func allocate(_ old: UnsafeMutablePointer<UInt8>?, _ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = realloc(old, capacity) else { fatalError("out of memory for a JSON document of \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
