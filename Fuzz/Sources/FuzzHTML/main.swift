// libFuzzer entry point: the HTML reader, the default passes and every writer.
import GalleyFuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ReaderPipeline.run(FuzzInput.data(start, count), as: .html)
    return 0
}
