// swift-tools-version: 6.1
// libFuzzer targets for qtrack's readers and recognizer. Built apart from the main package because a
// fuzz target has no main of its own (libFuzzer supplies it):
//   swift build --package-path Fuzz -c release --sanitize fuzzer
//   Fuzz/.build/release/FuzzTextReader Fuzz/Corpus/text -max_total_time=60
import Foundation
import PackageDescription

/// The main package is this folder's parent; SwiftPM names a path dependency after its folder, which
/// depends on where the repository was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "qtrack-fuzz",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .executableTarget(name: "FuzzTextReader", dependencies: [.product(name: "QTrackKit", package: root)]),
        .executableTarget(name: "FuzzDocxReader", dependencies: [.product(name: "QTrackKit", package: root)]),
        .executableTarget(name: "FuzzHTMLReader", dependencies: [.product(name: "QTrackKit", package: root)]),
        .executableTarget(name: "FuzzMappingsYAML", dependencies: [.product(name: "QTrackKit", package: root)]),
        .executableTarget(
            name: "FuzzNumbering",
            dependencies: [.product(name: "QTrackKit", package: root), "ZIPFoundation"]),
        .executableTarget(
            name: "FuzzWordprocessingML",
            dependencies: [.product(name: "QTrackKit", package: root), "ZIPFoundation"]),
    ]
)
