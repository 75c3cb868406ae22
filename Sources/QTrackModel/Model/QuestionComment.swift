/// A comment a reviewer anchored in a question (a Word comment), with its author: the model's own, so that
/// the model does not depend on the reader that found it.
public struct QuestionComment: Sendable, Hashable, Codable {
    public var author: String
    public var text: String

    public init(author: String, text: String) {
        self.author = author
        self.text = text
    }
}
