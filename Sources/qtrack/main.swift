import QTrackDocuments
import Foundation
let doc = try DocumentLoader().load(path: CommandLine.arguments[1])
for b in doc.blocks { print(b) }
