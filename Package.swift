// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The commit a release is built from, as `scripts/release` passes it: hexadecimal digits and "-modified" only.
let buildCommit = String((Context.environment["QTRACK_COMMIT"] ?? "dev").filter { $0.isLetter || $0.isNumber || $0 == "-" }.prefix(40))

let package = Package(
    name: "qtrack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qtrack", targets: ["qtrack"]),
        .executable(name: "qtrack-benchmark", targets: ["QTrackBenchmark"]),
        .library(
            name: "QTrackKit",
            targets: [
                "QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackAnalysis", "QTrackReports", "QTrackWorkspace",
            ]),
    ],
    traits: [
        // Off by default: Hummingbird and SwiftNIO were 59% of a first build's CPU time (234 s with them,
        // 96 s without, `swift build --product qtrack`), and `swift run qtrack check` does not need them.
        // `swift test` still builds and tests the server (QTrackReviewTests); the release archive has it.
        .trait(name: "ReviewServer", description: "`qtrack review`, the local web app for confirming pairs (Hummingbird, SwiftNIO)")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, to inflate .docx parts with a bound on their input: ZIPFoundation 0.9.20's Linux decoder
        // loops forever on a deflate stream cut short (found by the fuzzer).
        .systemLibrary(
            name: "CZlibShim",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The commit `qtrack --version` names: `scripts/release` sets QTRACK_COMMIT; "dev" in any other build, so
        // that tests and goldens do not depend on it. Only this target's flags change with it (see QTrackBuildInfo.c).
        .target(name: "CQTrackBuildInfo", cSettings: [.define("QTRACK_COMMIT", to: "\"\(buildCommit)\"")]),
        .target(
            name: "QTrackBase",
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackDocuments",
            dependencies: ["QTrackBase", "CLibXML2", "CZlibShim", "ZIPFoundation"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackModel",
            dependencies: ["QTrackBase"],
            swiftSettings: strictSettings
        ),
        // Finds the questionnaire in a document's blocks: the one place that knows both readers and model.
        .target(
            name: "QTrackRecognition",
            dependencies: ["QTrackBase", "QTrackDocuments", "QTrackModel"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackAnalysis",
            dependencies: ["QTrackBase", "QTrackModel"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackWorkspace",
            dependencies: [
                "QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackAnalysis", "QTrackReports", "Yams",
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackReports",
            dependencies: [
                "QTrackBase", "QTrackAnalysis", "QTrackModel", "ZIPFoundation",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            swiftSettings: strictSettings
        ),
        // `qtrack review`: a local web app for confirming pairs, on Hummingbird.
        .target(
            name: "QTrackReview",
            dependencies: [
                "QTrackBase", "QTrackModel", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The page as files a person edits, embedded in the executable (no bundle to ship beside it).
            resources: [
                .embedInCode("Resources/review.html"),
                .embedInCode("Resources/review.css"),
                .embedInCode("Resources/review.js"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "qtrack",
            dependencies: [
                "QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports", "CQTrackBuildInfo",
                .target(name: "QTrackReview", condition: .when(traits: ["ReviewServer"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings,
            // A release starts faster (docs/profile.md, `qtrack --version`, CPU time): linked at a fixed address, the
            // loader has none of the 110,000 relative relocations of the runtime's and Foundation's metadata to apply
            // (6.3 → 4.5 ms, 812 → 475 page faults); exporting no symbols, the runtime's `dladdr` at start does not
            // scan 29,000 of them (4.5 → 3.9 ms). Nothing loads a symbol of qtrack by name.
            linkerSettings: [
                .unsafeFlags(
                    ["-Xlinker", "-no-pie", "-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .executableTarget(
            name: "QTrackBenchmark",
            dependencies: [
                "QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports",
                "QTrackFixtures", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Generated questionnaires, responses and Word files, shared by the benchmark and the tests.
        .target(
            name: "QTrackFixtures",
            dependencies: ["QTrackDocuments", "QTrackModel", "QTrackRecognition", "ZIPFoundation"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackTestSupport",
            dependencies: ["ZIPFoundation", "QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackFixtures"],
            path: "Tests/QTrackTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackBaseTests",
            dependencies: ["QTrackBase"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackDocumentsTests",
            dependencies: ["QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackFixtures", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackRecognitionTests",
            dependencies: ["QTrackRecognition", "QTrackModel", "QTrackDocuments", "QTrackFixtures", "QTrackTestSupport", "Yams"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackAnalysisTests",
            dependencies: [
                "QTrackAnalysis", "QTrackWorkspace", "QTrackModel", "QTrackRecognition", "QTrackDocuments", "QTrackFixtures",
                "QTrackTestSupport",
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackReportsTests",
            dependencies: [
                "QTrackReports", "QTrackAnalysis", "QTrackModel", "QTrackBase", "QTrackWorkspace", "QTrackFixtures", "QTrackTestSupport",
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackWorkspaceTests",
            dependencies: ["QTrackWorkspace", "QTrackAnalysis", "QTrackDocuments", "QTrackFixtures", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackReviewTests",
            dependencies: ["QTrackReview", "QTrackWorkspace", "QTrackAnalysis", "QTrackModel", "QTrackFixtures", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "qtrackTests",
            dependencies: ["qtrack", "QTrackDocuments", "QTrackModel", "QTrackRecognition", "QTrackFixtures", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
