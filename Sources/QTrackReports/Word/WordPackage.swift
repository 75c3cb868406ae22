public import Foundation
import ZIPFoundation

/// Writes a `WordDocument` as a .docx: an OPC package with the parts Word and LibreOffice need.
/// Every entry carries the same fixed date, so the same document gives the same bytes.
public enum WordPackage {
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the ZIP epoch
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    public static func data(_ document: WordDocument) throws -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(document)),
            ("_rels/.rels", rootRelationships(document)),
            ("word/document.xml", body(document)),
            ("word/styles.xml", styles),
            ("word/_rels/document.xml.rels", documentRelationships(document)),
        ]
        if !document.comments.isEmpty { parts.append(("word/comments.xml", comments(document))) }
        if let header = document.header { parts.append(("word/header1.xml", headerPart(header))) }
        if document.pageNumbers { parts.append(("word/footer1.xml", footerPart)) }
        if !document.customProperties.isEmpty { parts.append(("docProps/custom.xml", customPropertiesPart(document))) }
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func escape(_ text: String) -> String { XML.escape(text) }

    private static func body(_ document: WordDocument) -> String {
        var changeID = 1000
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml +=
            "<w:document xmlns:w=\"\(wordNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                xml += self.paragraph(paragraph, document: document, changeID: &changeID)
            case .table(let rows):
                let columns = rows.map { $0.count }.max() ?? 1
                xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                xml +=
                    "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>"
                xml += String(repeating: "<w:gridCol/>", count: columns) + "</w:tblGrid>"
                for row in rows {
                    xml += "<w:tr>"
                    for cell in row {
                        xml += "<w:tc>"
                        let paragraphs = cell.isEmpty ? [WordParagraph(text: "")] : cell
                        for paragraph in paragraphs { xml += self.paragraph(paragraph, document: document, changeID: &changeID) }
                        xml += "</w:tc>"
                    }
                    xml += "</w:tr>"
                }
                xml += "</w:tbl>"
            }
        }
        xml += "<w:sectPr>"
        if document.header != nil { xml += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" }
        if document.pageNumbers { xml += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>" }
        xml +=
            "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
        return xml + "</w:body></w:document>"
    }

    private static func paragraph(_ paragraph: WordParagraph, document: WordDocument, changeID: inout Int) -> String {
        var xml = "<w:p>"
        let attribution = " w:author=\"\(escape(document.author))\"" + (document.date.map { " w:date=\"\(escape($0))\"" } ?? "")
        var properties = paragraph.style.map { "<w:pStyle w:val=\"\($0.rawValue)\"/>" } ?? ""
        if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        changeID += 1
        switch paragraph.mark {
        case .none: break
        case .inserted: properties += "<w:rPr><w:ins w:id=\"\(changeID)\"\(attribution)/></w:rPr>"
        case .deleted: properties += "<w:rPr><w:del w:id=\"\(changeID)\"\(attribution)/></w:rPr>"
        }
        if !properties.isEmpty { xml += "<w:pPr>\(properties)</w:pPr>" }
        for id in paragraph.comments { xml += "<w:commentRangeStart w:id=\"\(id)\"/>" }
        for run in paragraph.runs {
            var properties = ""
            if run.bold { properties += "<w:b/>" }
            if run.italic { properties += "<w:i/>" }
            if run.strike { properties += "<w:strike/>" }
            if let color = run.color { properties += "<w:color w:val=\"\(escape(color))\"/>" }
            if run.underline { properties += "<w:u w:val=\"single\"/>" }
            let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
            let textElement = run.change == .deleted ? "w:delText" : "w:t"
            let content = run.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                "<\(textElement) xml:space=\"preserve\">\(escape(String(line)))</\(textElement)>"
            }.joined(separator: "<w:br/>")
            let element = "<w:r>\(rPr)\(content)</w:r>"
            changeID += 1
            switch run.change {
            case .none: xml += element
            case .inserted: xml += "<w:ins w:id=\"\(changeID)\"\(attribution)>\(element)</w:ins>"
            case .deleted: xml += "<w:del w:id=\"\(changeID)\"\(attribution)>\(element)</w:del>"
            }
        }
        for id in paragraph.comments {
            xml += "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
        }
        xml += "</w:p>"
        guard let tag = paragraph.tag else { return xml }
        return "<w:sdt><w:sdtPr><w:tag w:val=\"\(escape(tag))\"/></w:sdtPr><w:sdtContent>\(xml)</w:sdtContent></w:sdt>"
    }

    private static func comments(_ document: WordDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(wordNamespace)\">"
        let date = document.date.map { " w:date=\"\(escape($0))\"" } ?? ""
        for comment in document.comments {
            xml += "<w:comment w:id=\"\(comment.id)\" w:author=\"\(escape(document.author))\"\(date) w:initials=\"QT\">"
            xml += "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(comment.text))</w:t></w:r></w:p></w:comment>"
        }
        return xml + "</w:comments>"
    }

    /// The parts a document has only when it needs them: relationship id, file under word/, and kind (the
    /// kind names both its content type and its relationship type).
    private static func optionalParts(_ document: WordDocument) -> [(id: String, file: String, kind: String)] {
        var parts: [(id: String, file: String, kind: String)] = []
        if !document.comments.isEmpty { parts.append(("rId2", "comments.xml", "comments")) }
        if document.header != nil { parts.append(("rIdHeader", "header1.xml", "header")) }
        if document.pageNumbers { parts.append(("rIdFooter", "footer1.xml", "footer")) }
        return parts
    }

    private static func contentTypes(_ document: WordDocument) -> String {
        let type = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let overrides = optionalParts(document).map { "<Override PartName=\"/word/\($0.file)\" ContentType=\"\(type).\($0.kind)+xml\"/>" }
            .joined()
        let custom =
            document.customProperties.isEmpty
            ? ""
            : "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="\(type).document.main+xml"/><Override PartName="/word/styles.xml" ContentType="\(type).styles+xml"/>\(overrides)\(custom)</Types>
            """
    }

    private static func rootRelationships(_ document: WordDocument) -> String {
        let custom =
            document.customProperties.isEmpty
            ? ""
            : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\(custom)</Relationships>
            """
    }

    /// Custom properties as text (ECMA-376 Part 1, 22.3): pids start at 2, the format id is the one Word uses.
    private static func customPropertiesPart(_ document: WordDocument) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        for (index, property) in document.customProperties.enumerated() {
            xml +=
                "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(index + 2)\" name=\"\(escape(property.name))\"><vt:lpwstr>\(escape(property.value))</vt:lpwstr></property>"
        }
        return xml + "</Properties>"
    }

    private static func documentRelationships(_ document: WordDocument) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let relationships =
            "<Relationship Id=\"rId1\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>"
            + optionalParts(document).map { "<Relationship Id=\"\($0.id)\" Type=\"\(type)/\($0.kind)\" Target=\"\($0.file)\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """
    }

    private static func headerPart(_ text: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p></w:hdr>"
    }

    /// "Page X of Y", the numbers as fields that Word and LibreOffice fill in.
    private static let footerPart: String = {
        func field(_ name: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>\(field("PAGE"))<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>\(field("NUMPAGES"))</w:p></w:ftr>"
    }()

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Question"><w:name w:val="Question"/><w:basedOn w:val="Normal"/><w:next w:val="Answer"/><w:pPr><w:keepNext/><w:spacing w:before="200"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="QuestionItem"><w:name w:val="Question Item"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Answer"><w:name w:val="Answer"/><w:basedOn w:val="Normal"/><w:next w:val="Answer"/><w:pPr><w:ind w:left="360"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Guidance"><w:name w:val="Guidance"/><w:basedOn w:val="Normal"/><w:next w:val="Answer"/><w:pPr><w:ind w:left="360"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>\
        </w:styles>
        """
}
