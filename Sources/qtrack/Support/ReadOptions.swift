import ArgumentParser
import QTrackDocuments

/// The limits every command that reads documents accepts, to raise them for an unusually large file.
struct ReadOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest input file, in MiB.", valueName: "MiB"))
    var maxFileSize: Int = ReadLimits.default.maxFileBytes >> 20

    @Option(name: .long, help: ArgumentHelp("Largest uncompressed part of a .docx, in MiB.", valueName: "MiB"))
    var maxPartSize: Int = ReadLimits.default.maxPartBytes >> 20

    @Option(name: .long, help: "Most paragraphs (or lines) read from one document.")
    var maxParagraphs: Int = ReadLimits.default.maxParagraphs

    func validate() throws {
        guard maxFileSize > 0, maxPartSize > 0, maxParagraphs > 0 else {
            throw ValidationError("--max-file-size, --max-part-size and --max-paragraphs must be positive")
        }
    }

    var limits: ReadLimits {
        var limits = ReadLimits.default
        limits.maxFileBytes = maxFileSize << 20
        limits.maxPartBytes = maxPartSize << 20
        limits.maxParagraphs = maxParagraphs
        return limits
    }

    var loader: DocumentLoader { DocumentLoader(limits: limits) }
}
