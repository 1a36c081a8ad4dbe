// SPDX-License-Identifier: GPL-3.0-or-later
// Flooding server for the echo-client benchmark: the mirror image of tests/bench/loadclient.
// Boost.Beast, one thread, asynchronous (like tests/bench/beast_echo_server.cpp). It waits
// until N clients have completed the WebSocket handshake, then keeps W binary messages of
// S bytes in flight on each connection (one sent for every echo that comes back), checks the
// size of every echo and counts the echoes received for T seconds after a warm-up of U seconds.
// The same server runs against every client measured, so its cost is the same in every row.
// Beast does the handshake. Through Beast's stream, one write and one read per message kept the
// server at 98 % of a core at 16 B, slower than every client, so the rows measured the server;
// after the handshake the owed messages go out as ready-made frames in one gathered write, and
// the echoes are counted from their frame headers (payloads skipped, never unmasked).
//
// Usage: beast_flood_server --size S --connections N --inflight W --seconds T --warmup U [--port P]
// Prints "listening on 127.0.0.1:PORT" at once (port 0 or none: a free port), "measuring" when
// the warm-up is over, then one line
// msg_per_s=... mb_per_s=... messages=... seconds=... cpu_percent=...
// (loadclient's format; MB: 10^6 bytes of payload one way; cpu_percent: this server's user +
// system CPU time over the measurement, in % of one core) and exits 0 without closing the connections politely. Exits 1 if the N clients have not
// completed their handshakes within 30 s, or when a connection fails or an echo is wrong.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    unsigned short port = 0;
    int connections = 1;
    int inflight = 16;
    std::size_t size = 16;
    double seconds = 3;
    double warmup = 1;
};

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "beast_flood_server: %s\n", what.c_str());
    std::fflush(stderr);
    std::_Exit(1);
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; i += 2) {
        const std::string_view name = argv[i];
        if (i + 1 >= argc)
            die("missing value for " + std::string(name));
        const char *value = argv[i + 1];
        if (name == "--port")
            o.port = static_cast<unsigned short>(std::atoi(value));
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
            die("unknown option " + std::string(name));
    }
    if (o.connections <= 0 || o.inflight <= 0 || o.size == 0 || o.seconds <= 0 || o.warmup < 0)
        die("usage: beast_flood_server --size S --connections N --inflight W --seconds T --warmup U [--port P]");
    return o;
}

// CPU time (user + system) this process has used so far, in seconds.
double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Clock::duration toDuration(double seconds)
{
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

class Server;

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket &&socket, Server &server) : m_ws(std::move(socket)), m_server(server) { }

    void run();
    void startFlood();

private:
    void onAccept(beast::error_code ec);
    void read();
    void onRead(beast::error_code ec, std::size_t bytes);
    void consume(const std::uint8_t *data, std::size_t size);
    void frameDone();
    void write();
    void onWrite(beast::error_code ec, std::size_t bytes);

    websocket::stream<tcp::socket> m_ws;
    Server &m_server;
    std::vector<std::uint8_t> m_in = std::vector<std::uint8_t>(256 * 1024);
    std::vector<std::uint8_t> m_header; // the frame header read so far
    std::uint64_t m_skip = 0;           // payload bytes of the current frame still to come
    std::uint8_t m_opcodeByte = 0;
    std::uint64_t m_length = 0;
    std::uint64_t m_messageLength = 0; // of the message whose frames are coming in
    bool m_inMessage = false;
    int m_toSend = 0; // messages owed to the client: W at the start, one more per echo
    std::vector<net::const_buffer> m_frames; // the write in flight
    bool m_writing = false;
};

class Server
{
public:
    Server(net::io_context &context, const Options &options)
        : m_options(options),
          m_acceptor(context, tcp::endpoint(net::ip::make_address("127.0.0.1"), options.port)),
          m_handshakeTimer(context),
          m_timer(context),
          m_payload(options.size)
    {
        for (std::size_t i = 0; i < m_payload.size(); ++i)
            m_payload[i] = std::uint8_t(i * 131 + 7);
        m_frame = encodeFrame(m_payload);
    }

    unsigned short port() const { return m_acceptor.local_endpoint().port(); }
    const Options &options() const { return m_options; }
    // One binary frame carrying the payload, as a server sends it.
    net::const_buffer frame() const { return net::buffer(m_frame); }

    void start()
    {
        m_handshakeTimer.expires_after(std::chrono::seconds(30));
        m_handshakeTimer.async_wait([this](beast::error_code ec) {
            if (!ec)
                die("only " + std::to_string(m_sessions.size()) + " of " + std::to_string(m_options.connections)
                    + " clients completed the handshake within 30 s");
        });
        accept();
    }

    void handshakeDone(std::shared_ptr<Session> session)
    {
        m_sessions.push_back(std::move(session));
        if (int(m_sessions.size()) < m_options.connections)
            return;
        m_handshakeTimer.cancel();
        beast::error_code ignored;
        m_acceptor.close(ignored); // no more clients
        for (const auto &s : m_sessions)
            s->startFlood();
        m_started = Clock::now();
        m_timer.expires_at(m_started + toDuration(m_options.warmup));
        m_timer.async_wait([this](beast::error_code ec) {
            if (ec)
                return;
            m_measuredSince = Clock::now();
            m_measuredFrom = m_messages;
            m_cpuFrom = cpuSeconds();
            // For tests/bench/client.sh, which samples the client's CPU time over the same window.
            std::printf("measuring\n");
            std::fflush(stdout);
            m_timer.expires_at(m_measuredSince + toDuration(m_options.seconds));
            m_timer.async_wait([this](beast::error_code ec) {
                if (!ec)
                    finish();
            });
        });
    }

    void echoed() { ++m_messages; }

    void connectionFailed(const char *when, beast::error_code ec)
    {
        if (m_done)
            return;
        die(std::string("a connection failed ") + when + ": " + ec.message());
    }

private:
    void accept()
    {
        m_acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
            if (ec) {
                if (ec != net::error::operation_aborted)
                    die("accept: " + ec.message());
                return;
            }
            std::make_shared<Session>(std::move(socket), *this)->run();
            accept();
        });
    }

    void finish()
    {
        m_done = true;
        const double elapsed = std::chrono::duration<double>(Clock::now() - m_measuredSince).count();
        const double cpu = cpuSeconds() - m_cpuFrom;
        const std::uint64_t counted = m_messages - m_measuredFrom;
        if (counted == 0)
            die("no message was echoed during the measurement");
        const double rate = double(counted) / elapsed;
        std::printf("msg_per_s=%.0f mb_per_s=%.1f messages=%llu seconds=%.3f cpu_percent=%.0f\n", rate,
                    rate * double(m_options.size) / 1e6, static_cast<unsigned long long>(counted), elapsed,
                    cpu / elapsed * 100);
        std::fflush(stdout);
        // Abrupt: the sockets close with the process, the clients see the connection end.
        std::_Exit(0);
    }

    Options m_options;
    tcp::acceptor m_acceptor;
    net::steady_timer m_handshakeTimer;
    net::steady_timer m_timer;
    static std::vector<std::uint8_t> encodeFrame(const std::vector<std::uint8_t> &payload)
    {
        std::vector<std::uint8_t> frame{0x82}; // FIN, binary, no mask
        const std::uint64_t size = payload.size();
        if (size <= 125) {
            frame.push_back(std::uint8_t(size));
        } else if (size <= 0xFFFF) {
            frame.insert(frame.end(), {126, std::uint8_t(size >> 8), std::uint8_t(size)});
        } else {
            frame.push_back(127);
            for (int shift = 56; shift >= 0; shift -= 8)
                frame.push_back(std::uint8_t(size >> shift));
        }
        frame.insert(frame.end(), payload.begin(), payload.end());
        return frame;
    }

    std::vector<std::uint8_t> m_payload;
    std::vector<std::uint8_t> m_frame;
    std::vector<std::shared_ptr<Session>> m_sessions;
    std::uint64_t m_messages = 0;
    std::uint64_t m_measuredFrom = 0;
    Clock::time_point m_started;
    Clock::time_point m_measuredSince;
    double m_cpuFrom = 0;
    bool m_done = false;
};

void Session::run()
{
    beast::error_code ec;
    m_ws.next_layer().set_option(tcp::no_delay(true), ec);
    m_ws.auto_fragment(false);
    m_ws.binary(true);
    m_ws.read_message_max(64u << 20);
    m_ws.async_accept(beast::bind_front_handler(&Session::onAccept, shared_from_this()));
}

void Session::onAccept(beast::error_code ec)
{
    if (ec)
        return m_server.connectionFailed("in the handshake", ec);
    m_server.handshakeDone(shared_from_this());
}

void Session::startFlood()
{
    m_toSend = m_server.options().inflight;
    read();
    write();
}

void Session::read()
{
    m_ws.next_layer().async_read_some(net::buffer(m_in), beast::bind_front_handler(&Session::onRead, shared_from_this()));
}

void Session::onRead(beast::error_code ec, std::size_t bytes)
{
    if (ec)
        return m_server.connectionFailed("while reading", ec);
    consume(m_in.data(), bytes);
    if (!m_writing)
        write();
    read();
}

// Client frames: a 2-byte header, 2 or 8 more length bytes, the 4-byte mask key, the payload.
void Session::consume(const std::uint8_t *data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        if (m_skip > 0) {
            const std::size_t take = std::size_t(std::min<std::uint64_t>(m_skip, size - i));
            m_skip -= take;
            i += take;
            if (m_skip == 0)
                frameDone();
            continue;
        }
        m_header.push_back(data[i++]);
        if (m_header.size() < 2)
            continue;
        const std::uint8_t code = m_header[1] & 0x7F;
        const std::size_t lengthBytes = code == 126 ? 2 : code == 127 ? 8 : 0;
        if (!(m_header[1] & 0x80))
            die("a client frame is not masked");
        if (m_header.size() < 2 + lengthBytes + 4)
            continue;
        m_opcodeByte = m_header[0];
        m_length = code;
        if (lengthBytes) {
            m_length = 0;
            for (std::size_t b = 0; b < lengthBytes; ++b)
                m_length = m_length << 8 | m_header[2 + b];
        }
        m_header.clear();
        m_skip = m_length;
        if (m_skip == 0)
            frameDone();
    }
}

void Session::frameDone()
{
    if (m_opcodeByte & 0x08)
        return; // a ping, pong or close: not an echo
    // Qt sends messages over 512 KiB in several frames: a binary one, then continuations.
    const std::uint8_t opcode = m_opcodeByte & 0x0F;
    if (opcode != (m_inMessage ? 0 : 2))
        die("an echo is not a binary message (first byte " + std::to_string(m_opcodeByte) + ")");
    m_messageLength += m_length;
    m_inMessage = !(m_opcodeByte & 0x80);
    if (m_inMessage)
        return;
    if (m_messageLength != m_server.options().size)
        die("echoed message of " + std::to_string(m_messageLength) + " bytes, expected "
            + std::to_string(m_server.options().size));
    m_messageLength = 0;
    m_server.echoed();
    ++m_toSend;
}

// Every owed message in one gathered write, straight to the socket.
void Session::write()
{
    if (m_toSend == 0)
        return;
    m_frames.assign(std::size_t(m_toSend), m_server.frame());
    m_toSend = 0;
    m_writing = true;
    net::async_write(m_ws.next_layer(), m_frames, beast::bind_front_handler(&Session::onWrite, shared_from_this()));
}

void Session::onWrite(beast::error_code ec, std::size_t)
{
    m_writing = false;
    if (ec)
        return m_server.connectionFailed("while writing", ec);
    write();
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    net::io_context context(1);
    Server server(context, options);
    server.start();
    std::printf("listening on 127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    context.run();
    return 0;
}
