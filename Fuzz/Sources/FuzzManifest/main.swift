// libFuzzer entry point: the pamphlet manifest parser, then the book it describes built and written as EPUB.
import GalleyFuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ManifestPipeline.run(FuzzInput.data(start, count))
    return 0
}
