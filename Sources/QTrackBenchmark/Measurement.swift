import Foundation

/// Wall-clock timing and the process's peak memory, as the benchmark reports them.
enum Measurement {
    /// Runs `body` `runs` times and returns the median duration in seconds, with the last result.
    static func median<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
        var durations: [Double] = []
        var last: Result?
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            last = try body()
            durations.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        durations.sort()
        return (durations[durations.count / 2], last!)
    }

    /// The peak resident memory of this process so far, in MiB (getrusage's ru_maxrss is in KiB on Linux).
    static var peakMemoryMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// User plus system CPU time of this process so far, in seconds.
    static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
