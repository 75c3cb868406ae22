public import Foundation
public import QTrackAnalysis
import QTrackModel

/// The new questionnaire as a Word document whose tracked changes lead back to the old one: "Accept All"
/// gives the new text, "Reject All" the old, question by question. It tells the diff's story: every pair
/// of the diff is written once, where the new version has it, with its word-level changes (one that moved
/// carries a comment saying where it was); a removed question is deleted where it stood; "new question"
/// is said only of a question with no counterpart.
public struct Redline: Sendable {
    public let comparison: VersionComparison
    public var author: String
    /// ISO 8601, or nil to leave dates out (the same input then gives the same bytes).
    public var date: String?
    /// Questions and changes by id, looked up once: a redline of ten thousand questions must not search them
    /// for each one.
    private let oldByID: [String: Question]
    private let newByID: [String: Question]
    private let pairsByNew: [String: [QuestionChange]]
    private let pairByOld: [String: QuestionChange]

    public init(_ comparison: VersionComparison, author: String = "qtrack", date: String? = nil) {
        self.comparison = comparison
        self.author = author
        self.date = date
        oldByID = Dictionary(comparison.old.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        newByID = Dictionary(comparison.new.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var pairsByNew: [String: [QuestionChange]] = [:]
        var pairByOld: [String: QuestionChange] = [:]
        for change in comparison.changes {
            guard let old = change.old, let new = change.new else { continue }
            pairsByNew[new.id, default: []].append(change)
            if pairByOld[old.id] == nil { pairByOld[old.id] = change }
        }
        self.pairsByNew = pairsByNew
        self.pairByOld = pairByOld
    }

    /// A heading or a question, in document order, on one side of the comparison.
    enum Item: Hashable {
        case heading(String)
        case question(String)
    }

    public func docx() throws -> Data {
        var document = WordDocument()
        document.author = author
        document.date = date
        let old = comparison.old
        let new = comparison.new
        document.append(WordParagraph(style: .title, Self.runs(WordDiff.segments(old: old.title ?? "", new: new.title ?? "", exact: true))))
        for paragraph in Self.alignedByIndex(old.preamble, new.preamble) { document.append(WordParagraph(paragraph)) }

        let oldItems = Self.items(old)
        let newItems = Self.items(new)
        let partners = partnerMap()
        let partnerOfNew = Dictionary(partners.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for step in Self.editScript(oldItems, newItems, same: { partners[$0] == $1 }) {
            switch step {
            case .both(let a, let b): append(a, b, to: &document)
            // A question that moved is written where the new version has it, not deleted here.
            case .onlyOld(let a) where partners[a] != nil: continue
            case .onlyOld(let a): appendWhole(a, side: old, change: .deleted, to: &document)
            case .onlyNew(let b):
                if let a = partnerOfNew[b] {
                    append(a, b, moved: true, to: &document)
                } else {
                    appendWhole(b, side: new, change: .inserted, to: &document)
                }
            }
        }
        return try WordPackage.data(document)
    }

    /// Old item → new item for what stayed: paired questions (a split's or merge's first part) and
    /// sections the matcher lined up, or whose titles are the same.
    func partnerMap() -> [Item: Item] {
        var map: [Item: Item] = [:]
        var usedNew: Set<Item> = []
        for change in comparison.changes {
            guard let a = change.old, let b = change.new else { continue }
            let key = Item.question(a.id)
            let value = Item.question(b.id)
            if map[key] == nil && !usedNew.contains(value) {
                map[key] = value
                usedNew.insert(value)
            }
        }
        let renamed = Dictionary(
            comparison.sectionChanges.filter { $0.kind == .renamed }.compactMap { change in
                change.oldTitle.map { ($0, change.newTitle ?? "") }
            },
            uniquingKeysWith: { first, _ in first })
        let newTitles = Set(comparison.new.sections.compactMap(\.title))
        for title in comparison.old.sections.compactMap(\.title) {
            if let target = renamed[title] {
                map[.heading(title)] = .heading(target)
            } else if newTitles.contains(title) {
                map[.heading(title)] = .heading(title)
            }
        }
        return map
    }

    static func items(_ questionnaire: Questionnaire) -> [Item] {
        questionnaire.sections.flatMap { section in
            (section.title.map { [Item.heading($0)] } ?? []) + section.questions.map { Item.question($0.id) }
        }
    }

    enum Step {
        case both(Item, Item)
        case onlyOld(Item)
        case onlyNew(Item)
    }

    /// The longest run of partners in the same order stays in place; everything else is deleted from the
    /// old side or inserted into the new.
    static func editScript(_ a: [Item], _ b: [Item], same: (Item, Item) -> Bool) -> [Step] {
        EditScript.steps(a, b, insertionsFirst: false, by: same).map { step in
            switch step {
            case .kept(let i, let j): .both(a[i], b[j])
            case .deleted(let i): .onlyOld(a[i])
            case .inserted(let j): .onlyNew(b[j])
            }
        }
    }

    private func question(_ item: Item, in questionnaire: Questionnaire) -> Question? {
        guard case .question(let id) = item else { return nil }
        // Two sides only, told apart by their file (a file diffed with itself has the same questions on both).
        return questionnaire.file == comparison.old.file ? oldByID[id] : newByID[id]
    }

    private static func labelled(_ question: Question) -> String {
        [question.label, question.text].compactMap { $0 }.joined(separator: " ")
    }

    /// An item on both sides: its text with word-level tracked changes, sub-items paired in order. One that
    /// `moved` out of the old order says where it was.
    private func append(_ a: Item, _ b: Item, moved: Bool = false, to document: inout WordDocument) {
        switch (a, b) {
        case (.heading(let oldTitle), .heading(let newTitle)):
            document.append(WordParagraph(style: .heading, Self.runs(WordDiff.segments(old: oldTitle, new: newTitle, exact: true))))
        default:
            guard let oldQuestion = question(a, in: comparison.old), let newQuestion = question(b, in: comparison.new) else { return }
            var comments: [Int] = []
            if let note = origin(of: newQuestion) ?? (moved ? movedFrom(oldQuestion) : nil) { comments.append(document.comment(note)) }
            let text = Self.runs(WordDiff.segments(old: Self.labelled(oldQuestion), new: Self.labelled(newQuestion), exact: true))
            document.append(WordParagraph(style: .question, text, comments: comments))
            let oldItems = oldQuestion.subItems.map { "\($0.label) \($0.text)" }
            let newItems = newQuestion.subItems.map { "\($0.label) \($0.text)" }
            for paragraph in Self.alignedByIndex(oldItems, newItems) { document.append(WordParagraph(style: .questionItem, paragraph)) }
        }
    }

    /// An item on one side only: deleted (reject brings it back) or inserted (accept keeps it), mark and all.
    private func appendWhole(_ item: Item, side: Questionnaire, change: WordRun.Change, to document: inout WordDocument) {
        switch item {
        case .heading(let title):
            document.append(WordParagraph(style: .heading, [WordRun(title, change: change)], mark: change))
        case .question:
            guard let question = question(item, in: side) else { return }
            var comments: [Int] = []
            if change == .inserted {
                comments.append(
                    document.comment(origin(of: question) ?? "New question in \(comparison.new.cycle?.description ?? "this version")."))
            }
            if change == .deleted {
                comments.append(document.comment(destination(of: question) ?? "Removed in \(cycleName(comparison.new))."))
            }
            document.append(
                WordParagraph(style: .question, [WordRun(Self.labelled(question), change: change)], comments: comments, mark: change))
            for subItem in question.subItems {
                document.append(
                    WordParagraph(style: .questionItem, [WordRun("\(subItem.label) \(subItem.text)", change: change)], mark: change))
            }
        }
    }

    /// Where a new question came from, when it moved, was split or merged.
    private func origin(of question: Question) -> String? {
        let changes = pairsByNew[question.id] ?? []
        guard let first = changes.first, let old = first.old else { return nil }
        if first.kinds.contains(.merged) {
            return "Merged from \(changes.compactMap(\.old).map(place).joined(separator: "; ")) of \(cycleName(comparison.old))."
        }
        if first.kinds.contains(.split) { return "Split from \(place(old)) of \(cycleName(comparison.old))." }
        if first.kinds.contains(.moved) { return movedFrom(old) }
        return nil
    }

    /// Where an old question went when it is deleted here: merged into a question written elsewhere.
    private func destination(of question: Question) -> String? {
        guard let change = pairByOld[question.id], let new = change.new else {
            return nil
        }
        return "Merged into \(place(new)) in \(cycleName(comparison.new))."
    }

    /// Where a question that moved stood in the old version.
    private func movedFrom(_ old: Question) -> String {
        "Moved from \(place(old)) of \(cycleName(comparison.old))."
    }

    /// A question's place in words: "PROTECTION, question 6"; its id when it has neither.
    private func place(_ question: Question) -> String {
        let parts = [question.section, question.number.map { "question \($0)" }].compactMap { $0 }
        return parts.isEmpty ? question.id : parts.joined(separator: ", ")
    }

    private func cycleName(_ questionnaire: Questionnaire) -> String { questionnaire.cycle?.description ?? questionnaire.file }

    static func runs(_ segments: [DiffSegment]) -> [WordRun] {
        var runs: [WordRun] = []
        for (index, segment) in segments.enumerated() {
            let text = segment.text + (index == segments.count - 1 ? "" : " ")
            switch segment.operation {
            case .equal: runs.append(WordRun(text))
            case .delete: runs.append(WordRun(text, change: .deleted))
            case .insert: runs.append(WordRun(text, change: .inserted))
            }
        }
        return runs
    }

    /// Paragraphs paired by position: each pair with word changes, extras deleted or inserted whole.
    static func alignedByIndex(_ old: [String], _ new: [String]) -> [[WordRun]] {
        (0..<max(old.count, new.count)).map { index in
            switch (index < old.count ? old[index] : nil, index < new.count ? new[index] : nil) {
            case (let a?, let b?): runs(WordDiff.segments(old: a, new: b, exact: true))
            case (let a?, nil): [WordRun(a, change: .deleted)]
            case (nil, let b?): [WordRun(b, change: .inserted)]
            case (nil, nil): []
            }
        }
    }
}
