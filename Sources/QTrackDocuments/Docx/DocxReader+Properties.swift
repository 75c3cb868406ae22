import Foundation

extension DocxReader {
    /// The custom properties and the last-saved date, found through the package relationships (ECMA-376
    /// Part 2, 15.2.12.1 and Part 1, 15.2.12.2). A missing part is no properties, not an error.
    func properties(of package: OPCPackage) throws(DocumentReadError) -> DocumentProperties {
        var properties = DocumentProperties()
        let relationships = try package.relationships(of: nil)
        if let name = relationships.first(where: { $0.type.hasSuffix("/custom-properties") })?.partName,
            let root = try package.xmlPart(name)
        {
            for element in root.elements.prefix(DocumentProperties.maxCount) where element.name == "property" {
                guard let key = element[attribute: "name"], properties.custom[key] == nil else { continue }
                properties.custom[key] = String(element.textContent.prefix(DocumentProperties.maxValueLength))
            }
        }
        if let name = relationships.first(where: { $0.type.hasSuffix("/core-properties") })?.partName, let root = try package.xmlPart(name),
            let modified = root.elements.first(where: { $0.name == "modified" })
        {
            properties.modified = String(modified.textContent.trimmingCharacters(in: .whitespacesAndNewlines).prefix(64))
        }
        return properties
    }
}
