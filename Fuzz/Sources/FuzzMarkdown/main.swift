// libFuzzer entry point: the Markdown reader, the default passes and every writer.
import GalleyFuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ReaderPipeline.run(FuzzInput.data(start, count), as: .markdown)
    return 0
}
