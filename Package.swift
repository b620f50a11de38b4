// swift-tools-version:6.1
import PackageDescription

// Modules, lowest first; each imports only those before it (docs/ARCHITECTURE.md):
// Extraction -> Corpus -> Comparison -> Browser -> CursesFrontEnd -> crossread
let package = Package(
    name: "crossread",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "crossread", targets: ["crossread"]),
        .executable(name: "crossread-corpus-generator", targets: ["CorpusGenerator"]),
        .executable(name: "crossread-benchmarks", targets: ["CrossreadBenchmarks"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "Comparison", targets: ["Comparison"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "Extraction"),
        .target(
            name: "Corpus",
            dependencies: ["Extraction", "CGumbo", .product(name: "GRDB", package: "GRDB.swift")],
            plugins: ["EmbedSeeds"]
        ),
        // Google's HTML5 parser; a release build links its static library like ncursesw's.
        .systemLibrary(name: "CGumbo", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(name: "Comparison", dependencies: ["Extraction", "Corpus"]),
        .target(name: "Browser", dependencies: ["Extraction", "Corpus", "Comparison"]),
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminal"),
        .target(name: "CursesFrontEnd", dependencies: ["Browser", "CNcurses", "CTerminal"]),
        .executableTarget(
            name: "crossread",
            dependencies: [
                "Extraction", "Corpus", "Comparison", "Browser", "CursesFrontEnd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            // A release build on Linux links everything statically, glibc, ncursesw and SQLite
            // included: with no shared libraries to load and bind, the program reaches `main`
            // 2.7 ms sooner (docs/DECISIONS.md, "Start-up: a fully static release binary").
            // Foundation's own C layers are named too: its autolink entries leave them out, and which
            // of its members a static link pulls in depends on what the program uses.
            linkerSettings: [
                .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("CoreFoundation", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("stdc++", .when(platforms: [.linux], configuration: .release)),
            ]
        ),

        // Build tools: the seed embedder runs at build time; the generator makes synthetic corpora.
        .executableTarget(name: "SeedEmbedder"),
        .plugin(name: "EmbedSeeds", capability: .buildTool(), dependencies: ["SeedEmbedder"]),
        .executableTarget(name: "CorpusGenerator"),
        .executableTarget(name: "CrossreadBenchmarks", dependencies: ["Extraction", "Corpus", "Comparison", "Browser"]),

        .target(name: "TestSupport", dependencies: ["Corpus"], path: "Tests/TestSupport"),
        // The figures development set's annotations are read by Benchmarks/figures-devset.py, not built.
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"], exclude: ["Figures/DevSet"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ComparisonTests", dependencies: ["Comparison", "TestSupport"]),
        // Snapshot files are read by path (`ScreenSnapshot`), not as resources.
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "TestSupport"],
                    exclude: ["__Snapshots__", "Panes/__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["TestSupport"]),
    ]
)
