public import Foundation

/// LibreOffice, headless, to prove a written .docx opens: converting it to PDF succeeds.
public enum LibreOffice {
    public static var executable: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts `docx` to PDF in a fresh folder; returns the PDF's size in bytes, or nil when conversion failed.
    public static func convertToPDF(_ docx: URL) throws -> Int? {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted = try convertToPDF(docx, in: folder)
        let pdf = folder.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf")
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        return converted && size > 0 ? size : nil
    }

    /// Converts an HTML page to a Word file as LibreOffice writes it (its own dialect of WordprocessingML,
    /// with real list numbering); nil when LibreOffice is missing or the conversion failed.
    public static func wordFile(fromHTML html: String) throws -> Data? {
        guard let executable else { return nil }
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
            folder.path, page.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return FileManager.default.contents(atPath: folder.appendingPathComponent("page.docx").path)
    }

    /// A Word file printed to PDF by LibreOffice: the bytes of the PDF, or nil when LibreOffice is missing or failed.
    public static func pdfFile(fromWord docx: Data) throws -> Data? {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let word = folder.appendingPathComponent("report.docx")
        try docx.write(to: word)
        guard try convertToPDF(word, in: folder) else { return nil }
        return FileManager.default.contents(atPath: folder.appendingPathComponent("report.pdf").path)
    }

    /// Runs LibreOffice headless to write `file` as a PDF into `folder`; false when LibreOffice is missing or failed.
    private static func convertToPDF(_ file: URL, in folder: URL) throws -> Bool {
        guard let executable else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "pdf", "--outdir", folder.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
