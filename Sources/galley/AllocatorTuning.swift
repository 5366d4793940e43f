// Asks jemalloc, when it is the allocator, to keep the freed pages of large allocations for reuse.
import Foundation

/// Allocator settings made at start-up, through jemalloc's `mallctl` found at run time (a no-op
/// when another allocator serves the process, or when `MALLOC_CONF` already says what the user wants).
enum AllocatorTuning {
    /// jemalloc (linked by Package.swift) serves allocations of 8 MiB or more from an arena of their
    /// own, made on the first such allocation, which by default hands freed pages back to the kernel
    /// at once: every copy of a large document (a long line, a big page's output) then faults in
    /// fresh, zeroed pages, system time that grows faster than the input. That arena is made here,
    /// while new arenas keep their freed pages (`arenas.dirty_decay_ms` -1), and the default is put
    /// back for every arena made after it, so only large allocations' pages are kept (bounded by the
    /// largest documents converted at once). A 4M-word line: 105k → 37k page faults, 0.18 → 0.07 s
    /// of system time (docs/outline.md, Speed).
    static func keepFreedPagesOfLargeAllocations() {
        guard getenv("MALLOC_CONF") == nil, let handle = dlopen(nil, RTLD_NOW),
              let control = dlsym(handle, "mallctl"), let allocate = dlsym(handle, "malloc"), let release = dlsym(handle, "free")
        else { return }
        typealias MallocControl = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                                  UnsafeMutableRawPointer?, Int) -> Int32
        let mallctl = unsafeBitCast(control, to: MallocControl.self)
        var previous = 0, size = MemoryLayout<Int>.size  // ssize_t milliseconds
        var never = -1
        guard mallctl("arenas.dirty_decay_ms", &previous, &size, &never, MemoryLayout<Int>.size) == 0 else { return }
        // One large allocation makes the large-allocation arena now, with the setting above (called
        // through the pointers found, so the compiler cannot drop the pair).
        let malloc = unsafeBitCast(allocate, to: (@convention(c) (Int) -> UnsafeMutableRawPointer?).self)
        let free = unsafeBitCast(release, to: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self)
        free(malloc(8 << 20))
        _ = mallctl("arenas.dirty_decay_ms", nil, nil, &previous, MemoryLayout<Int>.size)
    }
}
