internal import CZlibShim

/// Inflates one deflated ZIP entry from its exact compressed bytes, counting output as it goes.
///
/// Why not ZIPFoundation's own extraction: on Linux its decoder reads on past an entry's compressed
/// size and, when a corrupt stream never ends, loops forever at the end of the file. Here the input is
/// the entry's bytes and nothing more, so a stream that does not end is reported as corrupt.
enum PartInflater {
    enum Failure: Error {
        /// The stream is corrupt or ends before its end marker.
        case corrupt
        /// More output than `limit` allowed.
        case tooLarge(Int)
    }

    /// - Parameter limit: called with the bytes produced so far; throws to stop (size and ratio limits).
    static func inflate(_ input: ArraySlice<UInt8>, limit: (Int) throws -> Void) throws -> [UInt8] {
        var stream = z_stream()
        guard qtrack_inflate_init_raw(&stream) == Z_OK else { throw Failure.corrupt }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var finished = false
        try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while !finished {
                let produced = try chunk.withUnsafeMutableBufferPointer { target -> Int in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let result = CZlibShim.inflate(&stream, Z_NO_FLUSH)
                    switch result {
                    case Z_STREAM_END: finished = true
                    case Z_OK: break
                    // Z_BUF_ERROR: no progress possible — the input ran out before the stream ended.
                    default: throw Failure.corrupt
                    }
                    return target.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                try limit(output.count)
                if !finished && produced == 0 && stream.avail_in == 0 { throw Failure.corrupt }
            }
        }
        return output
    }

    /// The CRC-32 ZIP records for each entry.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlibShim.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
    }
}
