import Foundation
public import QTrackAnalysis

/// The question register: every question's lineage across the cycles, as kept in the mappings folder and
/// extended with the cycles it does not have yet; written back when asked (lineage ids never change).
public enum RegisterJob {
    public struct Request: Sendable {
        public var layout: RepositoryLayout
        /// Write the extended register to the mappings folder.
        public var update: Bool
        /// The parts of the repository to check beside the register (a history wants them all).
        public var parts: RepositoryCheck.Parts

        public init(layout: RepositoryLayout, update: Bool = false, parts: RepositoryCheck.Parts = [.diffs, .register]) {
            self.layout = layout
            self.update = update
            self.parts = parts
        }
    }

    public struct Result: Sendable {
        public var check: CheckResult
        public var register: QuestionRegister
        /// The register file written, when `update` was asked.
        public var written: String?
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        let check = try await RepositoryCheck.run(request.layout, loading: loading, parts: request.parts)
        let register = RepositoryCheck.extendedRegister(check)
        guard request.update else { return Result(check: check, register: register) }
        let file = MappingsLocation(root: request.layout.mappingsFolder).register
        try AtomicFile.write(Data(try register.yaml().utf8), to: file)
        return Result(check: check, register: register, written: file)
    }
}
