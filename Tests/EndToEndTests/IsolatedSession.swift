import Foundation
import TestSupport

extension TmuxSession {
    /// A session whose browser keeps its configuration and reading state in folders of its own,
    /// so one test's saved place never opens the next test's browser in the middle of an article.
    static func isolated(width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                         directory: String? = nil) throws -> TmuxSession {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-e2e-\(UUID().uuidString)")
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path }
        if environment["XDG_CONFIG_HOME"] == nil { environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path }
        return try TmuxSession(width: width, height: height, environment: environment, directory: directory)
    }
}
