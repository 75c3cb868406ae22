public import QTrackAnalysis

extension Vocabulary {
    /// Reads `Mappings/vocabulary.yaml`; a malformed one is an error naming the file and what is wrong.
    public static func load(path: String) throws(MappingError) -> Vocabulary {
        try MappingsYAML.decode(Vocabulary.self, path: path)
    }
}
