// SPDX-License-Identifier: GPL-3.0-or-later
// Peer for the echo-client benchmark: N Boost.Beast WebSocket clients on one thread
// (asynchronous, after Beast's websocket_client_async example), each sending every message it
// receives back as it came (binary or text), one at a time, until the connection ends.
// Automatic fragmentation is off so that a message goes back as one frame.
// Usage: beast_echo_client --url ws://HOST:PORT/PATH [--connections N]
// Exits 0 once every connection has ended after its handshake, 1 if one could not connect.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "beast_echo_client: %s\n", what.c_str());
    std::exit(1);
}

struct Target
{
    std::string host;
    std::string port;
    std::string path;
};

Target parseUrl(std::string_view url)
{
    constexpr std::string_view scheme = "ws://";
    if (url.substr(0, scheme.size()) != scheme)
        die("--url must be ws://HOST:PORT/PATH");
    url.remove_prefix(scheme.size());
    const std::size_t slash = url.find('/');
    const std::string_view authority = url.substr(0, slash);
    Target t;
    t.path = slash == std::string_view::npos ? "/" : std::string(url.substr(slash));
    const std::size_t colon = authority.rfind(':');
    if (colon == std::string_view::npos) {
        t.host = authority;
        t.port = "80";
    } else {
        t.host = authority.substr(0, colon);
        t.port = authority.substr(colon + 1);
    }
    if (t.host.empty() || t.port.empty())
        die("--url must be ws://HOST:PORT/PATH");
    return t;
}

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(net::io_context &context, const Target &target, int &failures)
        : m_ws(context), m_target(target), m_failures(failures)
    { }

    void run(const tcp::resolver::results_type &endpoints)
    {
        net::async_connect(m_ws.next_layer(), endpoints,
                           beast::bind_front_handler(&Session::onConnect, shared_from_this()));
    }

private:
    void fail(const char *when, beast::error_code ec)
    {
        std::fprintf(stderr, "beast_echo_client: %s: %s\n", when, ec.message().c_str());
        ++m_failures;
    }

    void onConnect(beast::error_code ec, const tcp::endpoint &)
    {
        if (ec)
            return fail("connect", ec);
        m_ws.next_layer().set_option(tcp::no_delay(true), ec);
        m_ws.auto_fragment(false);
        m_ws.read_message_max(64u << 20);
        m_ws.async_handshake(m_target.host + ":" + m_target.port, m_target.path,
                             beast::bind_front_handler(&Session::onHandshake, shared_from_this()));
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec)
            return fail("handshake", ec);
        read();
    }

    void read() { m_ws.async_read(m_buffer, beast::bind_front_handler(&Session::onRead, shared_from_this())); }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec)
            return; // the connection ended: closed by the server, reset, or the process is ending
        m_ws.text(m_ws.got_text());
        m_ws.async_write(m_buffer.data(), beast::bind_front_handler(&Session::onWrite, shared_from_this()));
    }

    void onWrite(beast::error_code ec, std::size_t)
    {
        if (ec)
            return;
        m_buffer.consume(m_buffer.size());
        read();
    }

    websocket::stream<tcp::socket> m_ws;
    const Target &m_target;
    int &m_failures;
    beast::flat_buffer m_buffer;
};

} // namespace

int main(int argc, char **argv)
{
    std::string url;
    int connections = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        if (name == "--url")
            url = argv[i + 1];
        else if (name == "--connections")
            connections = std::atoi(argv[i + 1]);
        else
            die("unknown option " + std::string(name));
    }
    if (url.empty() || connections <= 0)
        die("usage: beast_echo_client --url ws://HOST:PORT/PATH [--connections N]");
    const Target target = parseUrl(url);

    net::io_context context(1);
    beast::error_code ec;
    const auto endpoints = tcp::resolver(context).resolve(target.host, target.port, ec);
    if (ec)
        die("resolve " + target.host + ": " + ec.message());
    int failures = 0;
    for (int i = 0; i < connections; ++i)
        std::make_shared<Session>(context, target, failures)->run(endpoints);
    context.run(); // until every session has ended
    return failures ? 1 : 0;
}
