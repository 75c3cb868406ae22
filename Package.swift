// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "qtrack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qtrack", targets: ["qtrack"]),
        .executable(name: "qtrack-benchmark", targets: ["QTrackBenchmark"]),
        .library(
            name: "QTrackKit",
            targets: ["QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports"]),
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
            dependencies: ["QTrackBase", "QTrackDocuments"],
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
                "QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackAnalysis", "Yams",
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
                "QTrackBase", "QTrackDocuments", "QTrackModel", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports", "QTrackReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "QTrackBenchmark",
            dependencies: [
                "QTrackDocuments", "QTrackModel", "QTrackAnalysis", "QTrackWorkspace", "QTrackReports", "QTrackTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "QTrackTestSupport",
            dependencies: ["ZIPFoundation", "QTrackDocuments", "QTrackModel"],
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
            dependencies: ["QTrackDocuments", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackModelTests",
            dependencies: ["QTrackModel", "QTrackDocuments", "QTrackReports", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackAnalysisTests",
            dependencies: ["QTrackAnalysis", "QTrackWorkspace", "QTrackModel", "QTrackDocuments", "QTrackReports", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackReportsTests",
            dependencies: ["QTrackReports"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackWorkspaceTests",
            dependencies: ["QTrackWorkspace", "QTrackAnalysis", "QTrackModel", "QTrackDocuments", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QTrackReviewTests",
            dependencies: ["QTrackReview", "QTrackWorkspace", "QTrackAnalysis", "QTrackModel", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "qtrackTests",
            dependencies: ["qtrack", "QTrackTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
