extension Questionnaire {
    /// The title short enough for a title page or a running header. A first paragraph often runs on with the
    /// addressees or where the text came from ("…Report (reporting period …), as published in a national
    /// government's web form …"); the headline stops at the first comma, semicolon or parenthesis that
    /// comes after the title's first words. The file's name stands in when there is no title.
    public var headline: String {
        guard let title, !title.isEmpty else { return file }
        guard title.count > Self.headlineLength else { return title }
        let minimum = 20
        var index = title.startIndex
        var offset = 0
        while index < title.endIndex {
            let next = title.index(after: index)
            if offset >= minimum, next < title.endIndex {
                let pair = (title[index], title[next])
                if pair == (",", " ") || pair == (";", " ") || pair == (" ", "(") { return String(title[..<index]) }
            }
            index = next
            offset += 1
        }
        return title
    }

    /// Titles up to this many characters are shown whole.
    static let headlineLength = 80
}
