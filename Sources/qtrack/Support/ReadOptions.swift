import ArgumentParser
import QTrackDocuments
import QTrackWorkspace

/// The limits every command that reads documents accepts, to raise them for an unusually large file.
struct ReadOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest input file, in MiB.", valueName: "MiB"))
    var maxFileSize: Int = ReadLimits.default.maxFileBytes >> 20

    @Option(name: .long, help: ArgumentHelp("Largest uncompressed part of a .docx, in MiB.", valueName: "MiB"))
    var maxPartSize: Int = ReadLimits.default.maxPartBytes >> 20

    @Option(name: .long, help: "Most paragraphs (or lines) read from one document.")
    var maxParagraphs: Int = ReadLimits.default.maxParagraphs

    @Option(name: .long, help: "Most questions recognised in one document.")
    var maxQuestions: Int = ReadLimits.default.maxQuestions

    @Option(
        name: .long,
        help: ArgumentHelp("Longest time the command may take, reading, matching and writing included.", valueName: "seconds"))
    var maxSeconds: Double = ReadLimits.default.maxSeconds

    @Option(name: .long, help: ArgumentHelp("Most memory the command may use.", valueName: "MiB"))
    var maxMemory: Int = 2048

    func validate() throws {
        guard maxFileSize > 0, maxPartSize > 0, maxParagraphs > 0, maxQuestions > 0, maxSeconds > 0, maxMemory > 0 else {
            throw ValidationError(
                "--max-file-size, --max-part-size, --max-paragraphs, --max-questions, --max-seconds and --max-memory must be positive")
        }
        // Bounded before they are shifted into bytes or turned into a deadline.
        guard maxFileSize <= 1 << 20, maxPartSize <= 1 << 20, maxSeconds <= 86_400, maxSeconds.isFinite else {
            throw ValidationError("--max-file-size and --max-part-size are at most 1048576 MiB, --max-seconds at most 86400")
        }
    }

    var limits: ReadLimits {
        var limits = ReadLimits.default
        limits.maxFileBytes = maxFileSize << 20
        limits.maxPartBytes = maxPartSize << 20
        limits.maxParagraphs = maxParagraphs
        limits.maxQuestions = maxQuestions
        limits.maxSeconds = maxSeconds
        return limits
    }

    var loader: DocumentLoader { DocumentLoader(limits: limits) }

    var loading: DocumentLoading { DocumentLoading(loader: loader) }

    /// Starts the time and memory limits of the whole run; `subject` is what the error names.
    func startWatchdog(subject: String) {
        Watchdog.start(seconds: maxSeconds, memoryMiB: maxMemory, subject: subject)
    }
}
