internal import CLibXML2
import Foundation

/// Parses untrusted XML into an `XMLTree` with libxml2's streaming reader.
/// The only code in qtrack that calls libxml2: nothing C leaves this file.
enum XMLParsing {
    struct Failure: Error, Sendable {
        var reason: String
        /// A well-formed part that passes one of the limits qtrack keeps, rather than malformed XML.
        var passedLimit = false
    }

    /// Parses `bytes`, refusing a DOCTYPE (no DOCX part has one) so no entity is ever declared or expanded.
    /// - Parameter maxDepth: nesting beyond this is refused; libxml2 also stops at 256 without `XML_PARSE_HUGE`.
    static func parse(_ bytes: [UInt8], maxDepth: Int = 256) throws(Failure) -> XMLTree.Element {
        let crowded = mostAttributes(in: bytes)
        if crowded > maxAttributes {
            throw Failure(reason: "an element has \(crowded) attributes, more than the \(maxAttributes) any Word part needs")
        }
        // XML_PARSE_NONET: never fetch anything. No NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE:
        // entities stay unexpanded and libxml2 keeps its own size and depth guards.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let errors = ErrorCollector()
        let reader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlReaderForMemory(chars, Int32(clamping: buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        guard let reader else {
            throw Failure(reason: bytes.isEmpty ? "the XML part is empty" : "libxml2 could not start reading the XML")
        }
        defer { xmlFreeTextReader(reader) }
        let context = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, collectError, context)

        return try withExtendedLifetime(errors) { () throws(Failure) -> XMLTree.Element in
            try buildTree(reader, errors: errors, maxDepth: maxDepth)
        }
    }

    /// Word's elements carry a few attributes each; libxml2 checks each new attribute against the others,
    /// so thousands on one element take quadratic time. Counted in one pass before parsing.
    static let maxAttributes = 1_000

    /// The most attributes one start tag holds, counting `=` outside quoted values inside tags.
    static func mostAttributes(in bytes: [UInt8]) -> Int {
        var most = 0
        var current = 0
        var inTag = false
        var quote: UInt8 = 0
        for byte in bytes {
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "<"):
                inTag = true
                current = 0
            case UInt8(ascii: ">"):
                inTag = false
                most = max(most, current)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if inTag { quote = byte }
            case UInt8(ascii: "="):
                if inTag { current += 1 }
            default: break
            }
        }
        return max(most, current)
    }

    private static func buildTree(_ reader: xmlTextReaderPtr, errors: ErrorCollector, maxDepth: Int) throws(Failure) -> XMLTree.Element {
        var stack: [XMLTree.Element] = []
        var root: XMLTree.Element?
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 {
                throw Failure(reason: errors.firstMessage ?? "malformed XML", passedLimit: errors.passedLimit)
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw Failure(reason: "the XML declares a DOCTYPE, which a Word document never does; refused without reading its entities")
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw Failure(reason: "the XML uses an entity reference, which a Word document never does")
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if stack.count >= maxDepth {
                    throw Failure(
                        reason: "the document is nested more than \(maxDepth) levels deep, more than qtrack reads", passedLimit: true)
                }
                let element = XMLTree.Element(
                    namespace: XMLTree.Namespace(uri: string(xmlTextReaderConstNamespaceUri(reader)) ?? ""),
                    name: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    attributes: attributes(of: reader),
                    children: []
                )
                if xmlTextReaderIsEmptyElement(reader) == 1 {
                    append(.element(element), to: &stack, root: &root)
                } else {
                    stack.append(element)
                }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard let finished = stack.popLast() else { break }
                append(.element(finished), to: &stack, root: &root)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                if !stack.isEmpty, let text = string(xmlTextReaderConstValue(reader)) {
                    stack[stack.count - 1].children.append(.text(text))
                }
            default:
                break
            }
        }
        if let message = errors.firstMessage { throw Failure(reason: message, passedLimit: errors.passedLimit) }
        guard let root else { throw Failure(reason: "the XML has no root element") }
        return root
    }

    private static func append(_ node: XMLTree.Node, to stack: inout [XMLTree.Element], root: inout XMLTree.Element?) {
        if stack.isEmpty {
            if case .element(let element) = node { root = element }
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    private static func attributes(of reader: xmlTextReaderPtr) -> [String: String] {
        var attributes: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            // Namespace declarations are attributes to libxml2 but not to us.
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            if let name = string(xmlTextReaderConstLocalName(reader)) {
                attributes[name] = string(xmlTextReaderConstValue(reader)) ?? ""
            }
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Keeps the first error libxml2 reports, with its line, for the one-line message the user sees.
private final class ErrorCollector {
    var firstMessage: String?
    var passedLimit = false
}

private func collectError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
    guard collector.firstMessage == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message =
        error.pointee.message.map { String(cString: $0) }?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
    if let limit = XMLLimitWords.limit(passedIn: message) {
        collector.firstMessage = limit
        collector.passedLimit = true
    } else {
        collector.firstMessage = "XML error at line \(error.pointee.line): \(message)"
    }
}

/// libxml2's own words for the limits it keeps without `XML_PARSE_HUGE` ("Excessive depth in document: 256
/// use XML_PARSE_HUGE option", "xmlSAX2Characters: huge text node") sent the user to an option qtrack must
/// not set (in 2.9.x it also lifts the entity-expansion guard), for a file that is well-formed. They are
/// said in qtrack's words instead; no `--max-*` option raises them, since only `XML_PARSE_HUGE` would.
enum XMLLimitWords {
    /// libxml2's nesting limit (`xmlParserMaxDepth`) and its largest text node (`XML_MAX_TEXT_LENGTH`).
    static let maxDepth = 256
    static let maxTextBytes = 10_000_000

    static func limit(passedIn message: String) -> String? {
        if message.contains("Excessive depth") || message.contains("depth") && message.contains("XML_PARSE_HUGE") {
            return "the document is nested more than \(maxDepth) levels deep, more than qtrack reads (Word's own files are far shallower)"
        }
        if message.contains("huge text node") {
            return "the document holds a text of more than \(maxTextBytes) bytes in one place, more than qtrack reads"
        }
        if message.contains("XML_PARSE_HUGE") || message.lowercased().contains("too long") || message.contains("huge") {
            return "the document holds a name, value or text of more than \(maxTextBytes) bytes, more than qtrack reads"
        }
        return nil
    }
}
