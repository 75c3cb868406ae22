import QTrackAnalysis
import QTrackWorkspace

/// Any bytes as each kind of file under Mappings/: refused with a reason or read, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMappingsYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    _ = try? MappingsYAML.decode(QuestionRegister.self, text: text, file: "register.yaml")
    _ = try? MappingsYAML.decode(RecommendationSet.self, text: text, file: "recommendations.yaml")
    _ = try? MappingsYAML.decode(RecommendationLinks.self, text: text, file: "links.yaml")
    _ = try? MappingsYAML.decode(ReviewedDecisions.self, text: text, file: "decisions.yaml")
    return 0
}
