/// An old question and a new question, by their positions in their questionnaires.
struct IndexPair: Hashable, Sendable {
    var old: Int
    var new: Int

    init(_ old: Int, _ new: Int) {
        self.old = old
        self.new = new
    }
}
