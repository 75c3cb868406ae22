/// The YAML qtrack writes by hand (stable order, comments a reviewer reads) quotes every value.
enum YAMLScalar {
    /// A double-quoted scalar, so ids such as "2025" or "1" stay strings and any text round-trips.
    static func quoted(_ value: String) -> String {
        var output = "\""
        for character in value {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default: output.append(character)
            }
        }
        return output + "\""
    }
}
