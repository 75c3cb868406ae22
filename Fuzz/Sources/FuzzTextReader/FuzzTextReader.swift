import QTrackDocuments
import QTrackRecognition

/// Any bytes as a plain-text questionnaire or response: the text reader and the recognizer must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let document = try? PlainTextReader().read(bytes: bytes, file: "fuzz.txt") else { return 0 }
    _ = QuestionnaireRecognizer().recognize(document)
    _ = QuestionnaireRecognizer().recognizeResponse(document)
    return 0
}
