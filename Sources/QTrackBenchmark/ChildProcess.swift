import Foundation

/// Runs a program as a user would, output to /dev/null, and reports its wall time and peak memory.
/// Spawned and waited for with `wait4`, which gives this one child's peak resident memory; Foundation's
/// `Process` waits on its own and does not.
enum ChildProcess {
    struct Run {
        var seconds: Double
        /// User plus system CPU time: on a machine shared with other work, the figure wall time disturbs least.
        var cpuSeconds: Double
        var peakMiB: Double
        var status: Int32
    }

    static func run(_ arguments: [String]) -> Run? {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, arguments[0], &fileActions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // The exit code, as WEXITSTATUS would give it (the macro is not imported into Swift).
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        return Run(seconds: seconds, cpuSeconds: cpu, peakMiB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    /// The median of `runs` runs (wall and CPU time each its own median), after one run to warm the file cache;
    /// nil when the program cannot run or fails.
    static func median(_ arguments: [String], runs: Int) -> Run? {
        guard let warm = run(arguments), warm.status == 0 else { return nil }
        var results: [Run] = []
        for _ in 0..<max(runs, 1) {
            guard let result = run(arguments), result.status == 0 else { return nil }
            results.append(result)
        }
        results.sort { $0.seconds < $1.seconds }
        var median = results[results.count / 2]
        median.cpuSeconds = results.map(\.cpuSeconds).sorted()[results.count / 2]
        median.peakMiB = max(warm.peakMiB, results.map(\.peakMiB).max() ?? 0)
        return median
    }

    /// True when `program` is on the PATH.
    static func isInstalled(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }
}
