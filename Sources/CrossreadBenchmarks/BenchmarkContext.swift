import Corpus
import Foundation

/// Inputs shared by benchmark groups.
struct BenchmarkContext {
    var corpusFolder: String?
    /// An index file for the corpus (`--index`), for the groups that open one.
    var indexFile: String?

    /// The generated corpus as raw file bytes with their formats (read once, outside any timing).
    func corpusFiles() throws -> [(path: String, bytes: [UInt8], format: DocumentFormat)] {
        guard let folder = corpusFolder else { throw BenchmarkError.needsCorpus }
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [(String, [UInt8], DocumentFormat)] = []
        while let relative = enumerator?.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let format = DocumentParser.format(forExtension: (relative as NSString).pathExtension),
                  !(relative as NSString).pathExtension.isEmpty,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            files.append((path, [UInt8](data), format))
        }
        return files.sorted { $0.0 < $1.0 }
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case needsCorpus
    case commandFailed(String)

    var description: String {
        switch self {
        case .needsCorpus: "this benchmark needs --corpus FOLDER (see Benchmarks/run)"
        case .commandFailed(let command): "could not run \(command)"
        }
    }
}
