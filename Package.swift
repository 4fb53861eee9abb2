// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "econ",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EconKit", targets: ["EconKit"]),
        .library(name: "EconExtract", targets: ["EconExtract"]),
        .library(name: "EconServer", targets: ["EconServer"]),
        .executable(name: "econ", targets: ["EconCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Zip archives: the World Bank's bulk downloads (and, later, Excel workbooks).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // `econ serve`: HTTP/1.1 server, graceful shutdown (swift-service-lifecycle) and metrics.
        // swift-configuration support is not needed: the CLI reads its own flags.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
    ],
    targets: [
        // Value types shared by every part: periods, qualifiers, amounts, numbers, dates. No SQLite.
        .target(name: "EconModel"),
        // libpq, PostgreSQL's client library (libpq-dev): URIs, PG* variables, ~/.pgpass, service
        // files and sslmode work as in psql. Only the store's PostgreSQL engine imports it.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // libxml2's HTML parser (libxml2-dev): web pages as browsers save them, in any declared encoding.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libxlsxwriter (libxlsxwriter-dev): Excel workbooks out, with numeric and date cells and native charts.
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Russian text → figures. Pure, no SQLite.
        .target(name: "EconExtract", dependencies: ["EconModel"]),
        // The library users import: store, classification, trends, CSV, reports.
        .target(
            name: "EconKit",
            dependencies: [
                "EconModel",
                "EconExtract",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the bulk-import hot path only.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CXLSXWriter",
                "CLibPQ",
                "CLibXML2",
            ],
            resources: [.copy("Resources/classification-rules.json"), .copy("Resources/gazetteer.tsv")]
        ),
        // `econ serve`: the FRED/ALFRED API, econ's own API and the web view over a store. Routes parse,
        // call EconKit, render.
        .target(
            name: "EconServer",
            dependencies: [
                "EconKit",
                "EconModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The `econ` command: parses arguments, calls EconKit, prints.
        .executableTarget(
            name: "EconCLI",
            dependencies: [
                "EconKit",
                "EconServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (the property tests' seeded generator).
        // and the store engines the tests run on.
        .target(name: "EconTestSupport", dependencies: ["EconKit"], path: "Tests/EconTestSupport"),
        .testTarget(name: "EconModelTests", dependencies: ["EconModel", "EconTestSupport"]),
        .testTarget(
            name: "EconKitTests",
            dependencies: [
                "EconKit", "EconTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The news corpus is read through #filePath, as shipped.
            exclude: ["Corpus"]
        ),
        .testTarget(
            name: "EconServerTests",
            dependencies: [
                "EconServer", "EconKit", "EconModel", "EconTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the real `econ` binary; depending on the executable makes `swift test` build it first.
        // GRDB only to make hostile store files (damaged, truncated, from a newer econ) for the binary.
        .testTarget(
            name: "EconCLITests", dependencies: ["EconCLI", "EconTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // The corpus files are read through #filePath, so the tests see them as shipped.
        .testTarget(name: "EconExtractTests", dependencies: ["EconExtract", "EconTestSupport"], exclude: ["Corpus"]),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
