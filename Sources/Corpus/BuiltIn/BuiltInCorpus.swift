import Foundation

/// The seed articles compiled into the binary, so a lone copy of `crossread` opens them anywhere.
public enum BuiltInCorpus {
    /// The names of the embedded files.
    public static var fileNames: [String] { EmbeddedSeeds.files.map(\.name) }

    /// The embedded articles, parsed, with paths of the form `builtin:NAME`.
    public static func load() -> DocumentStore {
        let relative = EmbeddedSeeds.files.map(\.name)
        let ids = DocumentIdentifiers.assign(relative)
        let documents = zip(EmbeddedSeeds.files, ids).map { file, id in
            let bytes = [UInt8](Data(base64Encoded: file.base64) ?? Data())
            let format = DocumentParser.format(forExtension: (file.name as NSString).pathExtension) ?? .plainText
            return DocumentParser.parse(bytes: bytes, id: id, path: "builtin:\(file.name)", format: format)
        }
        return DocumentStore(documents)
    }
}
