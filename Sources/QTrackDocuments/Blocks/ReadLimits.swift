/// Caps that keep a hostile or broken file from exhausting time or memory.
/// Each has a command-line option that raises it, named in the error that reports it.
public struct ReadLimits: Sendable, Hashable {
    /// Largest input file, in bytes (`--max-file-size`).
    public var maxFileBytes: Int
    /// Largest uncompressed part of a .docx, in bytes (`--max-part-size`).
    public var maxPartBytes: Int
    /// Largest uncompressed-to-compressed ratio of a .docx part once it passes `ratioFloorBytes`.
    public var maxCompressionRatio: Int
    /// Parts smaller than this are never refused for their ratio: small XML compresses very well.
    public var ratioFloorBytes: Int
    /// Most paragraphs read from one document (`--max-paragraphs`).
    public var maxParagraphs: Int
    /// Most questions recognised in one document (`--max-questions`).
    public var maxQuestions: Int
    /// Longest time reading and recognising one document may take, in seconds (`--max-seconds`).
    public var maxSeconds: Double

    public init(
        maxFileBytes: Int = 256 << 20,
        maxPartBytes: Int = 256 << 20,
        maxCompressionRatio: Int = 200,
        ratioFloorBytes: Int = 8 << 20,
        maxParagraphs: Int = 1_000_000,
        maxQuestions: Int = 100_000,
        maxSeconds: Double = 60
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxParagraphs = maxParagraphs
        self.maxQuestions = maxQuestions
        self.maxSeconds = maxSeconds
    }

    public static let `default` = ReadLimits()
}
