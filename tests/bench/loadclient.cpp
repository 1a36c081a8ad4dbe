// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback echo load client for the PERF benchmarks: N connections, each keeping W binary
// messages of S bytes in flight against an echo server, for T seconds after a warm-up.
// One thread, non-blocking sockets and epoll, so that the client costs less than any server
// it measures: outgoing frames are written from one prebuilt masked buffer (no copies) and
// echoed payloads are skipped, never copied or parsed further than their headers.
//
// Usage: loadclient --port P [--host 127.0.0.1] [--connections N] [--inflight W]
//                   [--size S] [--seconds T] [--warmup U]
// Prints one line: msg_per_s=... mb_per_s=... messages=... seconds=...
#include "protocol/frameencoder.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using namespace Sockscope;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    std::string host = "127.0.0.1";
    int port = 0;
    int connections = 1;
    int inflight = 16;
    std::size_t size = 16;
    double seconds = 3;
    double warmup = 1;
};

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "loadclient: %s%s%s\n", what, errno ? ": " : "", errno ? std::strerror(errno) : "");
    std::exit(1);
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        const char *value = argv[i + 1];
        if (name == "--host")
            o.host = value;
        else if (name == "--port")
            o.port = std::atoi(value);
        else if (name == "--connections")
            o.connections = std::atoi(value);
        else if (name == "--inflight")
            o.inflight = std::atoi(value);
        else if (name == "--size")
            o.size = std::size_t(std::atoll(value));
        else if (name == "--seconds")
            o.seconds = std::atof(value);
        else if (name == "--warmup")
            o.warmup = std::atof(value);
        else
            die("unknown option");
    }
    if (o.port <= 0 || o.connections <= 0 || o.inflight <= 0 || o.size == 0 || o.seconds <= 0)
        die("usage: loadclient --port P [--connections N] [--inflight W] [--size S] [--seconds T] [--warmup U]");
    return o;
}

// Skips over server frames and counts the messages they complete.
class EchoReader
{
public:
    explicit EchoReader(std::size_t expectedSize) : m_expected(expectedSize) { }

    // Returns how many whole messages `data` completed.
    std::uint64_t feed(const std::uint8_t *data, std::size_t size)
    {
        std::uint64_t messages = 0;
        while (size > 0) {
            if (m_skip > 0) {
                const std::size_t n = std::size_t(std::min<std::uint64_t>(m_skip, size));
                m_skip -= n;
                data += n;
                size -= n;
                if (m_skip == 0)
                    messages += endOfFrame();
                continue;
            }
            m_header[m_fill++] = *data++;
            --size;
            if (m_fill == 2) {
                const std::uint8_t len7 = m_header[1] & 0x7F;
                m_need = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((m_header[1] & 0x80) ? 4 : 0);
            }
            if (m_fill < 2 || m_fill < m_need)
                continue;
            const std::uint8_t len7 = m_header[1] & 0x7F;
            std::uint64_t length = len7;
            if (len7 >= 126) {
                length = 0;
                for (int i = 2; i < (len7 == 126 ? 4 : 10); ++i)
                    length = (length << 8) | m_header[i];
            }
            m_fin = m_header[0] & 0x80;
            m_opcode = m_header[0] & 0x0F;
            if (m_opcode == std::uint8_t(Opcode::Close))
                die("the server closed the connection");
            m_fill = 0;
            m_need = 2;
            m_skip = length;
            if (m_opcode < 8)
                m_messageBytes += length;
            if (length == 0)
                messages += endOfFrame();
        }
        return messages;
    }

private:
    std::uint64_t endOfFrame()
    {
        if (m_opcode >= 8 || !m_fin)
            return 0; // control frames and fragments do not end a message
        if (m_messageBytes != m_expected)
            die("echoed message has the wrong size");
        m_messageBytes = 0;
        return 1;
    }

    std::size_t m_expected;
    std::uint8_t m_header[14]{};
    int m_fill = 0;
    int m_need = 2;
    std::uint64_t m_skip = 0;
    std::uint64_t m_messageBytes = 0;
    bool m_fin = false;
    std::uint8_t m_opcode = 0;
};

struct Connection
{
    int fd = -1;
    std::uint64_t pendingBytes = 0; // queued frames not yet written
    std::uint64_t written = 0;      // bytes written so far: position in the frame stream
    bool waitingForOut = false;
    EchoReader reader;
};

// Consecutive copies of one masked frame: any run of frames in the outgoing stream is one
// contiguous slice of it, starting at (bytes written % frame size).
struct FrameBatch
{
    std::vector<std::uint8_t> bytes;
    std::size_t frameSize = 0;
};

FrameBatch makeBatch(std::size_t payloadSize, int inflight)
{
    std::vector<std::uint8_t> payload(payloadSize);
    for (std::size_t i = 0; i < payloadSize; ++i)
        payload[i] = std::uint8_t(i * 131 + 7);
    FrameSpec spec;
    spec.opcode = std::uint8_t(Opcode::Binary);
    spec.masked = true;
    spec.maskKey = {0x5a, 0xc3, 0x19, 0x7e};
    QByteArray frame;
    appendFrame(frame, spec, payload);
    FrameBatch batch;
    batch.frameSize = std::size_t(frame.size());
    const std::size_t copies = std::max<std::size_t>(std::size_t(inflight), 64 * 1024 / batch.frameSize + 1);
    batch.bytes.reserve(copies * batch.frameSize);
    for (std::size_t i = 0; i < copies; ++i)
        batch.bytes.insert(batch.bytes.end(), frame.begin(), frame.end());
    return batch;
}

int connectAndUpgrade(const Options &o)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        die("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(o.port));
    if (::inet_pton(AF_INET, o.host.c_str(), &address.sin_addr) != 1)
        die("--host must be an IPv4 address");
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        die("connect");
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const std::string request = "GET / HTTP/1.1\r\nHost: " + o.host + ":" + std::to_string(o.port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) != ssize_t(request.size()))
        die("sending the upgrade request");
    // Byte by byte, so that nothing after the head is consumed (no server sends first anyway).
    std::string response;
    char c;
    while (response.size() < 8192
           && (response.size() < 4 || response.compare(response.size() - 4, 4, "\r\n\r\n") != 0)) {
        if (::recv(fd, &c, 1, 0) != 1)
            die("reading the upgrade response");
        response += c;
    }
    if (response.compare(0, 12, "HTTP/1.1 101") != 0)
        die("the server refused the upgrade");
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

void watch(int epoll, Connection &c, bool out)
{
    epoll_event event{};
    event.events = std::uint32_t(EPOLLIN) | (out ? std::uint32_t(EPOLLOUT) : 0u);
    event.data.ptr = &c;
    if (::epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &event) != 0)
        die("epoll_ctl");
    c.waitingForOut = out;
}

void flush(int epoll, Connection &c, const FrameBatch &batch)
{
    while (c.pendingBytes > 0) {
        const std::size_t offset = std::size_t(c.written % batch.frameSize);
        const std::size_t n = std::size_t(std::min<std::uint64_t>(c.pendingBytes, batch.bytes.size() - offset));
        const ssize_t sent = ::send(c.fd, batch.bytes.data() + offset, n, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            die("send");
        }
        c.pendingBytes -= std::uint64_t(sent);
        c.written += std::uint64_t(sent);
    }
    const bool blocked = c.pendingBytes > 0;
    if (blocked != c.waitingForOut)
        watch(epoll, c, blocked);
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseOptions(argc, argv);
    const FrameBatch batch = makeBatch(o.size, o.inflight);

    const int epoll = ::epoll_create1(0);
    if (epoll < 0)
        die("epoll_create1");
    std::vector<Connection> connections;
    connections.reserve(std::size_t(o.connections));
    for (int i = 0; i < o.connections; ++i) {
        Connection &c = connections.emplace_back(Connection{connectAndUpgrade(o), 0, 0, false, EchoReader(o.size)});
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.ptr = &c;
        if (::epoll_ctl(epoll, EPOLL_CTL_ADD, c.fd, &event) != 0)
            die("epoll_ctl");
    }
    for (Connection &c : connections) {
        c.pendingBytes = std::uint64_t(o.inflight) * batch.frameSize;
        flush(epoll, c, batch);
    }

    std::vector<std::uint8_t> readBuffer(256 * 1024);
    std::vector<epoll_event> events(std::size_t(o.connections) + 1);
    std::uint64_t messages = 0;
    std::uint64_t measuredFrom = 0;
    const auto start = Clock::now();
    const auto measureStart =
            start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.warmup));
    const auto end =
            measureStart + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
    bool measuring = false;
    Clock::time_point measuredSince;
    while (true) {
        const int ready = ::epoll_wait(epoll, events.data(), int(events.size()), 50);
        if (ready < 0 && errno != EINTR)
            die("epoll_wait");
        for (int i = 0; i < ready; ++i) {
            Connection &c = *static_cast<Connection *>(events[std::size_t(i)].data.ptr);
            if (events[std::size_t(i)].events & (EPOLLERR | EPOLLHUP))
                die("the server dropped a connection");
            if (events[std::size_t(i)].events & EPOLLIN) {
                const ssize_t got = ::recv(c.fd, readBuffer.data(), readBuffer.size(), 0);
                if (got == 0)
                    die("the server closed a connection");
                if (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                    die("recv");
                if (got > 0) {
                    const std::uint64_t echoed = c.reader.feed(readBuffer.data(), std::size_t(got));
                    messages += echoed;
                    // Every echo that came back makes room for the next message.
                    c.pendingBytes += echoed * batch.frameSize;
                }
            }
            flush(epoll, c, batch);
        }
        const auto now = Clock::now();
        if (!measuring && now >= measureStart) {
            measuring = true;
            measuredSince = now;
            measuredFrom = messages;
        }
        if (now >= end)
            break;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - measuredSince).count();
    const std::uint64_t counted = messages - measuredFrom;
    if (counted == 0)
        die("no message was echoed during the measurement");
    const double rate = double(counted) / elapsed;
    std::printf("msg_per_s=%.0f mb_per_s=%.1f messages=%llu seconds=%.3f\n", rate, rate * double(o.size) / 1e6,
                static_cast<unsigned long long>(counted), elapsed);
    return 0;
}
