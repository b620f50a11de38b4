import Foundation

/// One measured operation: `setUp` prepares inputs once (not timed), `run` is timed and returns the
/// number of input bytes it processed (0 when throughput does not apply).
struct Benchmark {
    var name: String
    var iterations = 5
    var setUp: () throws -> Void = {}
    var run: () throws -> Int
}

/// What a benchmark measured: wall and CPU times of each iteration, throughput, peak memory.
///
/// CPU time is the process's own, so on a machine shared with other work it shows what one core
/// does while wall time also counts the waits for a core.
struct Measurement {
    var name: String
    var seconds: [Double]
    var cpuSeconds: [Double]
    var bytes: Int
    var peakResidentBytes: Int

    var median: Double { Self.median(seconds) }
    var cpuMedian: Double { Self.median(cpuSeconds) }
    var p95: Double { seconds.sorted()[min(seconds.count - 1, Int(Double(seconds.count) * 0.95))] }

    var line: String {
        var text = "\(name): median \(format(median)) (cpu \(format(cpuMedian))), p95 \(format(p95)) over \(seconds.count) runs"
        if bytes > 0 {
            text += String(format: ", %.1f MB/s (%.1f MB/s of cpu) on %.1f MB",
                           Double(bytes) / median / 1e6, Double(bytes) / cpuMedian / 1e6, Double(bytes) / 1e6)
        }
        text += String(format: ", peak RSS %.1f MB", Double(peakResidentBytes) / 1e6)
        return text
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    private func format(_ seconds: Double) -> String {
        seconds < 0.001 ? String(format: "%.1f µs", seconds * 1e6)
            : seconds < 1 ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.3f s", seconds)
    }
}

enum Harness {
    static func measure(_ benchmark: Benchmark) throws -> Measurement {
        resetPeakResidentBytes()
        try benchmark.setUp()
        var seconds: [Double] = []
        var cpuSeconds: [Double] = []
        var bytes = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, benchmark.iterations) {
            let start = clock.now
            let cpuStart = processCPUSeconds()
            bytes = try benchmark.run()
            cpuSeconds.append(processCPUSeconds() - cpuStart)
            let elapsed = clock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return Measurement(name: benchmark.name, seconds: seconds, cpuSeconds: cpuSeconds, bytes: bytes,
                           peakResidentBytes: peakResidentBytes())
    }

    /// CPU time this process has used, user and system.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Starts the peak resident set afresh (Linux: writing 5 to clear_refs resets VmHWM), so each
    /// benchmark reports its own peak rather than the highest of all before it.
    static func resetPeakResidentBytes() {
        guard let file = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        file.write(Data("5".utf8))
        try? file.close()
    }

    /// VmHWM from /proc/self/status: the process's peak resident set so far.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
