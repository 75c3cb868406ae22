/// A SARIF 2.1.0 log as qtrack writes it, the parts the tests read (its schema is checked by `SchemaValidator`).
struct SARIFJSON: Decodable {
    var runs: [Run]

    struct Run: Decodable {
        var results: [Result]
    }

    struct Result: Decodable {
        var ruleId: String
        var level: String
        var message: Message
        var locations: [Location]?
    }

    struct Message: Decodable {
        var text: String
    }

    struct Location: Decodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Decodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Decodable {
        var uri: String
    }

    struct Region: Decodable {
        var startLine: Int
    }
}
