public import QTrackBase
public import QTrackModel

/// A packet an agency sent back, read: who it is from, when it was saved, what it answers, and the text it
/// holds outside any answer slot.
public struct ReturnedPacket: Sendable {
    public var file: String
    public var identity: PacketIdentity
    /// When the agency last saved it (the file's own record, else its modification time), for telling the newer
    /// of two packets of one agency.
    public var saved: String
    /// The packet read as a response to the full questionnaire.
    public var response: Questionnaire

    public init(file: String, identity: PacketIdentity, saved: String, response: Questionnaire) {
        self.file = file
        self.identity = identity
        self.saved = saved
        self.response = response
    }
}

/// Packets that cannot be consolidated together; the job reports it naming the file.
public struct ConsolidationError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
