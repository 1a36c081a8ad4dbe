// SPDX-License-Identifier: GPL-3.0-or-later
// Peer for the echo benchmark: Boost.Beast's asynchronous WebSocket echo server (after the
// websocket_server_async example), on one thread. Automatic fragmentation is off so that a
// message goes out as one frame, as the other servers send it.
// Usage: beast_echo_server [PORT]   (0 or nothing: a free port). Prints "listening on HOST:PORT".
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

class Session : public std::enable_shared_from_this<Session>
{
public:
    explicit Session(tcp::socket &&socket) : m_ws(std::move(socket)) { }

    void run()
    {
        beast::error_code ec;
        m_ws.next_layer().set_option(tcp::no_delay(true), ec);
        m_ws.auto_fragment(false);
        m_ws.read_message_max(64u << 20);
        m_ws.async_accept(beast::bind_front_handler(&Session::onAccept, shared_from_this()));
    }

private:
    void onAccept(beast::error_code ec)
    {
        if (!ec)
            read();
    }

    void read() { m_ws.async_read(m_buffer, beast::bind_front_handler(&Session::onRead, shared_from_this())); }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec)
            return;
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
    beast::flat_buffer m_buffer;
};

class Listener
{
public:
    Listener(net::io_context &context, unsigned short port)
        : m_acceptor(context, tcp::endpoint(net::ip::make_address("127.0.0.1"), port))
    { }

    unsigned short port() const { return m_acceptor.local_endpoint().port(); }

    void accept()
    {
        m_acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
            if (!ec)
                std::make_shared<Session>(std::move(socket))->run();
            accept();
        });
    }

private:
    tcp::acceptor m_acceptor;
};

} // namespace

int main(int argc, char **argv)
{
    net::io_context context(1);
    Listener listener(context, static_cast<unsigned short>(argc > 1 ? std::atoi(argv[1]) : 0));
    listener.accept();
    std::printf("listening on 127.0.0.1:%u\n", unsigned(listener.port()));
    std::fflush(stdout);
    context.run();
    return 0;
}
