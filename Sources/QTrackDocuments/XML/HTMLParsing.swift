internal import CLibXML2
import Foundation

/// Parses an untrusted HTML page into an `XMLTree` with libxml2's HTML parser (the tag soup browsers accept):
/// the second and last place qtrack calls libxml2, beside `XMLParsing`. The C document is freed before returning.
enum HTMLParsing {
    /// Elements nested deeper than this are left out: no real page nests so deep, and the walk is recursive.
    static let maxDepth = 256

    /// Parses `bytes` read in `encoding` (an IANA name libxml2 knows, such as "UTF-8" or "windows-1252").
    /// - NONET: nothing is fetched; RECOVER: broken markup is read as a browser would; NOERROR/NOWARNING: libxml2
    ///   prints nothing. The page's own charset declaration is ignored: the caller decided the encoding.
    static func parse(_ bytes: [UInt8], encoding: String) -> XMLTree.Element? {
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(clamping: buffer.count), nil, encoding, options)
                }
            } ?? nil
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root, depth: 0)
    }

    private static func element(_ node: xmlNodePtr, depth: Int) -> XMLTree.Element {
        var children: [XMLTree.Node] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE where depth < maxDepth:
                children.append(.element(element(current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        return XMLTree.Element(namespace: .other, name: name, attributes: attributes(of: node), children: children)
    }

    /// Only the attributes the reader looks at: a `role` (navigation, banner) and `hidden`.
    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let namePointer = current.pointee.name {
                let name = String(cString: namePointer).lowercased()
                if name == "role" || name == "hidden" || name == "aria-hidden" {
                    let value = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                    attributes[name] = value.lowercased()
                }
            }
            attribute = current.pointee.next
        }
        return attributes
    }
}
