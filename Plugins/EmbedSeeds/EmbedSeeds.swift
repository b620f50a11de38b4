import Foundation
import PackagePlugin

/// Compiles the package's `seeds/` folder into the target that uses this plugin.
///
/// The generated file holds each seed as base64 text, so a lone copy of the binary carries its
/// built-in corpus (SwiftPM's `Bundle.module` breaks when the binary is moved).
@main
struct EmbedSeeds: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path())) ?? []
        let inputs = names.filter { !$0.hasPrefix(".") }.sorted().map { seeds.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeeds.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) seed articles",
                executable: try context.tool(named: "SeedEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
