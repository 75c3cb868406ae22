import QTrackDocuments
import QTrackRecognition

/// Any bytes as a web page saved from a browser: libxml2's HTML parser, the page's walk into paragraphs and the
/// narrative recognizer after it must not crash, hang or run away with memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let document = try? HTMLReader().read(bytes: bytes, file: "fuzz.html") else { return 0 }
    _ = try? NarrativeRecognizer().recognize(document, country: "Pakistan")
    return 0
}
