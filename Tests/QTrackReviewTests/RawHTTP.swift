import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes sent as they are to the review server, for what no HTTP client will send (two `Host` headers, a
/// `Content-Length` the body never reaches), and what comes back within `timeout` seconds.
enum RawHTTP {
    struct Exchange {
        var response: String
        /// True when the server closed the connection before the timeout.
        var closed: Bool
        var seconds: Double
        /// When the first byte of the answer came (nil: none came); `seconds` is when the exchange ended.
        var firstByteSeconds: Double?
    }

    /// On a thread of its own: a blocking read on one of the few threads Swift concurrency has would starve
    /// the server that must answer it.
    /// The timeout is generous: on a 2-core machine running the whole suite, the server's tasks can wait seconds for a
    /// thread, and a missing answer must mean the server gave none, not that the machine was busy.
    static func exchange(port: Int, _ text: String, timeout: Double = 30) async throws -> Exchange {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingExchange(port: port, text, timeout: timeout) })
            }
        }
    }

    static func blockingExchange(port: Int, _ text: String, timeout: Double) throws -> Exchange {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: .init((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        let start = Date()
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var closed = false
        var firstByte: Double?
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 {
                if firstByte == nil { firstByte = Date().timeIntervalSince(start) }
                received += buffer[0..<count]
            } else {
                closed = count == 0
                break
            }
        }
        return Exchange(
            response: String(decoding: received, as: UTF8.self), closed: closed, seconds: Date().timeIntervalSince(start),
            firstByteSeconds: firstByte)
    }
}
