/// How to read a document that carries tracked changes.
public enum TrackedChangesMode: String, Sendable, Hashable, CaseIterable {
    /// As if every change were accepted: insertions kept, deletions dropped (Word's "Accept All").
    case accept
    /// As if every change were rejected: deletions kept, insertions dropped (Word's "Reject All").
    case reject
}
