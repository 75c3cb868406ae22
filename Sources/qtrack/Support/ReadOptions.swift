import ArgumentParser
import QTrackDocuments
import QTrackWorkspace

/// The limits every command that reads documents accepts, to raise them for an unusually large file.
struct ReadOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Largest input file, in MiB.", valueName: "MiB"))
    var maxFileSize: Int = ReadLimits.default.maxFileBytes >> 20

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Largest uncompressed part of a .docx, in MiB.", valueName: "MiB"))
    var maxPartSize: Int = ReadLimits.default.maxPartBytes >> 20

    @Option(name: .long, parsing: .unconditional, help: "Most paragraphs (or lines) read from one document.")
    var maxParagraphs: Int = ReadLimits.default.maxParagraphs

    @Option(name: .long, parsing: .unconditional, help: "Most questions recognised in one document.")
    var maxQuestions: Int = ReadLimits.default.maxQuestions

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Longest time the command may take, reading, matching and writing included.", valueName: "seconds"))
    var maxSeconds: Double = ReadLimits.default.maxSeconds

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Most memory the command may use.", valueName: "MiB"))
    var maxMemory: Int = 2048

    /// Each limit named with the value given, so `--max-seconds -1` says what is wrong with it. A negative
    /// number is taken as the option's value (`parsing: .unconditional`), not as an unknown option.
    func validate() throws {
        let counts = [
            ("--max-file-size", maxFileSize, 1 << 20), ("--max-part-size", maxPartSize, 1 << 20),
            ("--max-paragraphs", maxParagraphs, Int.max), ("--max-questions", maxQuestions, Int.max), ("--max-memory", maxMemory, Int.max),
        ]
        for (name, value, most) in counts where value <= 0 || value > most {
            throw ValidationError("\(name) is out of range: \(value) (it takes \(most == Int.max ? "1 or more" : "1 to \(most)"))")
        }
        // Bounded before it is turned into a deadline.
        guard maxSeconds > 0, maxSeconds <= 86_400, maxSeconds.isFinite else {
            throw ValidationError("--max-seconds is out of range: \(maxSeconds) (it takes more than 0 and at most 86400)")
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
