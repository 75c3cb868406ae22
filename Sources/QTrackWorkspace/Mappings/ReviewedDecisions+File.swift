public import QTrackAnalysis

extension ReviewedDecisions {
    /// Reads a decisions file; a malformed one is an error naming the file and what is wrong.
    public static func load(path: String) throws(MappingError) -> ReviewedDecisions {
        try MappingsYAML.decode(ReviewedDecisions.self, path: path)
    }

    /// YAML a reviewer reads in a pull request.
    public func yaml() throws -> String {
        try MappingsYAML.encode(self, header: [])
    }
}
