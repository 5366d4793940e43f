// Asks jemalloc, when it is the allocator, to keep the freed pages of large allocations for reuse.
import Foundation

/// Allocator settings made at start-up, through jemalloc's `mallctl` found at run time (a no-op
/// when another allocator serves the process, or when `MALLOC_CONF` already says what the user wants).
enum AllocatorTuning {
    /// jemalloc (linked by Package.swift) serves allocations of 8 MiB or more from its own arena and,
    /// by default, hands their freed pages back to the kernel at once: every copy of a large document
    /// (a long line, a big page's output) then faults in fresh, zeroed pages, system time that grows
    /// faster than the input. Arenas made from here on keep freed pages (`dirty_decay_ms` -1) and reuse
    /// them; the peak resident memory is the same. A 4M-word line: 105k → 37k page faults, 0.18 →
    /// 0.07 s of system time (docs/outline.md, Speed).
    static func keepFreedPages() {
        guard getenv("MALLOC_CONF") == nil, let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "mallctl") else { return }
        typealias MallocControl = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                                  UnsafeMutableRawPointer?, Int) -> Int32
        let mallctl = unsafeBitCast(symbol, to: MallocControl.self)
        var never = -1  // ssize_t: never return freed pages while the process runs
        _ = mallctl("arenas.dirty_decay_ms", nil, nil, &never, MemoryLayout<Int>.size)
    }
}
