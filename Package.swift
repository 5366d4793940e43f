// swift-tools-version: 6.0
// Galley: readers → one document model → ordered passes → writers.
import PackageDescription

let package = Package(
    name: "Galley",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Galley", targets: ["Galley"]),
        .executable(name: "galley", targets: ["galley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CGalleyZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The library, one target per layer; dependencies only point down the pipeline:
        // model ← support ← readers / passes / writers ← pipeline ← book / batch ← Galley (re-exports) ← CLI.
        // scripts/checks/16-target-graph.sh checks the graph and every import against this order.
        .target(name: "GalleyModel"),
        .target(name: "GalleySupport", dependencies: ["GalleyModel", "CCmark", "CCrypto"]),
        .target(
            name: "GalleyReaders",
            dependencies: ["GalleyModel", "GalleySupport", "CLibXML2", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "GalleyPasses", dependencies: ["GalleyModel", "GalleySupport"]),
        .target(name: "GalleyWriters", dependencies: ["GalleyModel", "GalleySupport", "CLibXML2", "CCmark"]),
        .target(
            name: "GalleyPipeline",
            dependencies: ["GalleyModel", "GalleySupport", "GalleyReaders", "GalleyPasses", "GalleyWriters", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GalleyBook",
            dependencies: [
                "GalleyModel", "GalleySupport", "GalleyPasses", "GalleyWriters", "GalleyPipeline", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "GalleyBatch", dependencies: ["GalleyModel", "GalleySupport", "GalleyWriters", "GalleyPipeline", "CGalleyZlib"]),
        // The public library: re-exports the layers, so `import Galley` is all a user needs.
        .target(
            name: "Galley",
            dependencies: [
                "GalleyModel", "GalleySupport", "GalleyReaders", "GalleyPasses", "GalleyWriters",
                "GalleyPipeline", "GalleyBook", "GalleyBatch",
            ]
        ),
        .executableTarget(
            name: "galley",
            dependencies: [
                "Galley",
                "GalleyBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc replaces glibc's malloc for the command-line tool: a conversion makes
            // millions of small allocations, and jemalloc serves them about twice as fast.
            linkerSettings: [.linkedLibrary("jemalloc")]
        ),
        .testTarget(
            name: "GalleyTests",
            dependencies: ["Galley"],
            exclude: ["Fixtures"]
        ),
    ]
)
