// swift-tools-version: 6.0
// Galley's libFuzzer targets: a package of its own, so the root package's build and tests never build them.
// Build and run them with scripts/fuzz.sh TARGET SECONDS (see docs/fuzzing.md).
import PackageDescription

// A path dependency's identity is the name of its folder (`main`, `galley`, a worktree's name ...).
let galley = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "galley"

let fuzzTargets = ["FuzzHTML", "FuzzText", "FuzzMarkdown", "FuzzManifest", "FuzzJSONL"]

let package = Package(
    name: "GalleyFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(
            name: "GalleyFuzzSupport",
            dependencies: [.product(name: "Galley", package: galley)]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["GalleyFuzzSupport"])
    }
)
