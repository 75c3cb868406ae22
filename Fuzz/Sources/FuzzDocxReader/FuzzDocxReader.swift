import Foundation
import QTrackDocuments
import QTrackRecognition

/// Any bytes as a .docx (mutated ZIP containers): the ZIP, OPC and WordprocessingML reading must refuse
/// or read, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocxReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard let document = try? DocumentLoader().load(data: bytes, file: "fuzz.docx") else { return 0 }
    _ = QuestionnaireRecognizer().recognize(document)
    return 0
}
