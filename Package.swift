// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "econ",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EconKit", targets: ["EconKit"]),
        .library(name: "EconExtract", targets: ["EconExtract"]),
        .executable(name: "econ", targets: ["EconCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // Value types shared by every part: periods, qualifiers, amounts, numbers, dates. No SQLite.
        .target(name: "EconModel"),
        // Russian text → figures. Pure, no SQLite.
        .target(name: "EconExtract", dependencies: ["EconModel"]),
        // The library users import: store, classification, trends, CSV, reports.
        .target(
            name: "EconKit",
            dependencies: [
                "EconModel",
                "EconExtract",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The `econ` command: parses arguments, calls EconKit, prints.
        .executableTarget(
            name: "EconCLI",
            dependencies: [
                "EconKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EconModelTests", dependencies: ["EconModel"]),
        .testTarget(name: "EconExtractTests", dependencies: ["EconExtract"]),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
