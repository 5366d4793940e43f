// libFuzzer entry point: `galley convert --jsonl` record decoding and conversion, one output line per record.
import GalleyFuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    JSONLinesPipeline.run(FuzzInput.data(start, count))
    return 0
}
