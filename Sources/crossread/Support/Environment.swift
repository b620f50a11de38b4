#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One environment variable at a time, for the paths read at start-up.
///
/// `ProcessInfo.processInfo.environment` builds a dictionary of every variable each time it is
/// asked (over 100,000 instructions); the configuration and the state file each want two.
enum Environment {
    /// The variable's value, `nil` when it is not set or set to nothing.
    static func value(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }
}
