public import QTrackModel

/// One cycle's folder in a repository (`Questionnaires/2020-2021/`) and the documents found in it.
public struct CycleFolder: Sendable {
    public var cycle: Cycle
    /// The folder name ("2020-2021").
    public var name: String
    /// The questionnaire files: `questionnaire.docx` and/or `questionnaire.txt`, Word first.
    public var questionnaires: [String]
    /// `response*.docx|txt`, by name.
    public var responses: [String]

    public init(cycle: Cycle, name: String, questionnaires: [String], responses: [String]) {
        self.cycle = cycle
        self.name = name
        self.questionnaires = questionnaires
        self.responses = responses
    }
}
