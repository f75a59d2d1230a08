import Foundation

/// Watches a fuzz loop from a background thread: when one input runs longer than
/// `maxSeconds` or the process's resident memory exceeds `maxBytes`, it prints the input and
/// ends the process (exit 3: hang, exit 4: memory), so a hang or a runaway allocation is
/// reported with the input that caused it instead of stalling the run.
final class FuzzWatchdog: @unchecked Sendable {
    let maxSeconds: Double
    let maxBytes: Int
    private let lock = NSLock()
    private var current = ""
    private var started = Date()
    private var running = true
    /// Largest resident set seen, in bytes.
    private(set) var peakBytes = 0

    init(maxSeconds: Double = 10, maxBytes: Int = 1 << 30) {
        self.maxSeconds = maxSeconds
        self.maxBytes = maxBytes
        let thread = Thread { [self] in self.watch() }
        thread.start()
    }

    /// Marks the start of one input.
    func begin(_ input: String) {
        lock.lock(); current = input; started = Date(); lock.unlock()
    }

    func stop() {
        lock.lock(); running = false; lock.unlock()
    }

    var peak: Int {
        lock.lock(); defer { lock.unlock() }
        return peakBytes
    }

    /// Resident set size from /proc/self/statm (Linux), 0 when unavailable.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.25)
            let resident = FuzzWatchdog.residentBytes()
            lock.lock()
            if !running { lock.unlock(); return }
            peakBytes = max(peakBytes, resident)
            let elapsed = Date().timeIntervalSince(started), input = current
            lock.unlock()
            if elapsed > maxSeconds {
                print("fuzz HANG: \(String(format: "%.1f", elapsed)) s on input: \(input)")
                exit(3)
            }
            if resident > maxBytes {
                print("fuzz MEMORY: \(resident / 1_000_000) MB on input: \(input)")
                exit(4)
            }
        }
    }
}
