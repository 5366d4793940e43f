// Legacy character encodings (GBK, Big5, EUC-KR, KOI8, ISO-8859-n …) decoded to UTF-8 by glibc's iconv.
import Glibc
import GalleyModel

/// Decodes bytes in a legacy encoding through glibc's `iconv` (its conversion tables ship with
/// the C library, so no network and no extra package). A byte sequence the encoding does not
/// define becomes U+FFFD, one per byte, and decoding goes on.
package enum IconvDecoding {
    /// The iconv name for a WHATWG encoding label, when glibc can decode it (labels as the
    /// Encoding Standard maps them: `gb2312` and `gbk` are read as GB18030, their superset;
    /// `big5` as Big5-HKSCS; `euc-kr` as CP949).
    package static func iconvName(forLabel label: String) -> String? {
        switch label {
        case "gb2312", "gbk", "gb18030", "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5": return "BIG5-HKSCS"
        case "euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
             "ksc_5601", "windows-949":
            return "CP949"
        case "koi8-r", "koi", "koi8", "koi8_r", "cskoi8r": return "KOI8-R"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "macintosh", "mac", "x-mac-roman", "csmacintosh": return "MACINTOSH"
        case "x-mac-cyrillic", "x-mac-ukrainian": return "MAC-CYRILLIC"
        case "ibm866", "866", "cp866", "csibm866": return "CP866"
        case "windows-874", "tis-620", "iso-8859-11": return "CP874"
        default: break
        }
        if label.hasPrefix("iso-8859-"), let n = Int(label.dropFirst(9)), (2...16).contains(n), n != 12 { return "ISO-8859-\(n)" }
        if label.hasPrefix("windows-125"), let n = Int(label.dropFirst(11)), (0...8).contains(n) { return "CP125\(n)" }
        return nil
    }

    /// `bytes` decoded from `encoding` (an iconv name) as UTF-8 bytes, and how many byte
    /// sequences were not valid in it; nil when iconv cannot convert from that encoding.
    package static func utf8(_ bytes: [UInt8], from encoding: String) -> (utf8: [UInt8], invalid: Int)? {
        let handle = iconv_open("UTF-8", encoding)
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let (status, written, err) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int, Int32) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, outBuffer.count - outLeft, errno)
                }
                output.append(contentsOf: chunk[0..<written])
                guard status == -1 else { continue }
                if err == E2BIG { continue }
                // EILSEQ (a sequence the encoding does not define) or EINVAL (cut off at the end):
                // one U+FFFD for the byte, then on with the next.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                invalid += 1
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return (output, invalid)
    }
}
