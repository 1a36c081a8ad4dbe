// SPDX-License-Identifier: GPL-3.0-or-later
// Codec benchmarks: decoding and unmasking masked binary frames from memory (product.md
// PERF, "Codec"), against a Boost.Beast websocket::stream reading the same bytes and a naive
// byte-loop unmask as the floor; the portable and AVX2 unmask paths alone; and UTF-8
// validation of text in cache against a byte-at-a-time DFA. Heap allocations are counted in
// steady state and reported as the counter allocs_per_frame (target: zero).
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/mask.h"
#include "protocol/maskpaths.h"
#include "protocol/messagereader.h"
#include "protocol/utf8validator.h"
#include "store/event.h"

#include <benchmark/benchmark.h>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <random>
#include <string_view>
#include <vector>

// Allocation counting. Qt allocates with malloc, not operator new, so malloc is interposed
// as well (glibc supports replacing it); both forward to glibc's own allocator.
namespace {
std::atomic<std::uint64_t> g_allocations{0};
void countAllocation()
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *ptr, std::size_t size);
void __libc_free(void *ptr);

void *malloc(std::size_t size) noexcept
{
    countAllocation();
    return __libc_malloc(size);
}
void *calloc(std::size_t count, std::size_t size) noexcept
{
    countAllocation();
    return __libc_calloc(count, size);
}
void *realloc(void *ptr, std::size_t size) noexcept
{
    countAllocation();
    return __libc_realloc(ptr, size);
}
void free(void *ptr) noexcept
{
    __libc_free(ptr);
}
}

void *operator new(std::size_t size)
{
    countAllocation();
    if (void *p = __libc_malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void *operator new[](std::size_t size)
{
    return operator new(size);
}
void operator delete(void *ptr) noexcept
{
    __libc_free(ptr);
}
void operator delete[](void *ptr) noexcept
{
    __libc_free(ptr);
}
void operator delete(void *ptr, std::size_t) noexcept
{
    __libc_free(ptr);
}
void operator delete[](void *ptr, std::size_t) noexcept
{
    __libc_free(ptr);
}

using namespace Sockscope;

namespace {

// Payload bytes per buffer: small enough to stay in cache (PERF measures "in cache"), but
// never fewer than a few frames.
constexpr std::size_t kBufferTarget = 256 * 1024;

struct FrameSet
{
    std::vector<std::uint8_t> wire;
    std::size_t frameCount = 0;
    std::size_t payloadSize = 0;
    std::size_t frameSize = 0;
};

// Masked binary frames, as a client sends them, each with its own key.
FrameSet makeFrames(std::size_t payloadSize)
{
    FrameSet set;
    set.payloadSize = payloadSize;
    set.frameCount = std::max<std::size_t>(4, kBufferTarget / payloadSize);
    std::mt19937 random(42);
    std::vector<std::uint8_t> payload(payloadSize);
    for (auto &b : payload)
        b = std::uint8_t(random());
    QByteArray wire;
    for (std::size_t i = 0; i < set.frameCount; ++i) {
        FrameSpec spec;
        spec.opcode = std::uint8_t(Opcode::Binary);
        spec.masked = true;
        const std::uint32_t key = random();
        std::memcpy(spec.maskKey.data(), &key, 4);
        appendFrame(wire, spec, payload);
    }
    set.wire.assign(wire.begin(), wire.end());
    set.frameSize = set.wire.size() / set.frameCount;
    return set;
}

void report(benchmark::State &state, const FrameSet &set, std::uint64_t frames, std::uint64_t allocations)
{
    state.SetItemsProcessed(std::int64_t(frames));
    state.SetBytesProcessed(std::int64_t(frames * set.payloadSize));
    state.counters["allocs_per_frame"] = frames ? double(allocations) / double(frames) : 0.0;
}

// Decodes the whole buffer once; unmasking in place flips the payloads between masked and
// unmasked on every pass, which the decoder does not care about.
std::uint64_t decodeAll(FrameDecoder &decoder, FrameSet &set)
{
    std::span<std::uint8_t> input(set.wire);
    std::uint64_t frames = 0;
    while (decoder.decode(input) == FrameDecoder::Result::FrameReady) {
        benchmark::DoNotOptimize(decoder.payload().data());
        ++frames;
    }
    return frames;
}

void BM_Decode(benchmark::State &state)
{
    FrameSet set = makeFrames(std::size_t(state.range(0)));
    FrameDecoder decoder;
    decodeAll(decoder, set); // reach steady state before counting
    const std::uint64_t before = g_allocations.load();
    std::uint64_t frames = 0;
    for (auto _ : state)
        frames += decodeAll(decoder, set);
    report(state, set, frames, g_allocations.load() - before);
}

// What WebSocketSession::handleFrame does per frame, minus the signal: copy the payload into
// a QByteArray, MessageReader::process, and fill an Event.
void BM_EngineReceivePath(benchmark::State &state)
{
    FrameSet set = makeFrames(std::size_t(state.range(0)));
    FrameDecoder decoder;
    MessageReader reader(Role::Server, std::nullopt);
    auto pass = [&] {
        std::span<std::uint8_t> input(set.wire);
        std::uint64_t frames = 0;
        while (decoder.decode(input) == FrameDecoder::Result::FrameReady) {
            const auto payload = decoder.payload();
            const QByteArray data(reinterpret_cast<const char *>(payload.data()), qsizetype(payload.size()));
            FrameMeaning meaning = reader.process(decoder.header(), data);
            Event event;
            event.kind = Event::Kind::Frame;
            event.timestampNs = nowNs();
            event.frame = decoder.header();
            event.payload = data;
            event.inflated = meaning.inflated;
            benchmark::DoNotOptimize(event);
            benchmark::DoNotOptimize(meaning);
            ++frames;
        }
        return frames;
    };
    pass();
    const std::uint64_t before = g_allocations.load();
    std::uint64_t frames = 0;
    for (auto _ : state)
        frames += pass();
    report(state, set, frames, g_allocations.load() - before);
}

// One unmask function over every payload of the buffer, without frame parsing.
template<typename Unmask>
void unmaskAll(benchmark::State &state, Unmask unmask)
{
    FrameSet set = makeFrames(std::size_t(state.range(0)));
    const std::size_t headerSize = set.frameSize - set.payloadSize;
    std::uint64_t frames = 0;
    for (auto _ : state) {
        for (std::size_t i = 0; i < set.frameCount; ++i) {
            std::uint8_t *frame = set.wire.data() + i * set.frameSize;
            MaskKey key;
            std::memcpy(key.data(), frame + headerSize - 4, 4);
            unmask(frame + headerSize, set.payloadSize, key);
        }
        benchmark::ClobberMemory();
        frames += set.frameCount;
    }
    report(state, set, frames, 0);
}

// The floor: a minimal decoder (every frame has the same known layout) with the byte loop
// `p[i] ^= k[i & 3]` that compilers do not vectorise.
[[gnu::noinline]] void naiveUnmask(std::uint8_t *p, std::size_t n, const std::uint8_t *key)
{
    for (std::size_t i = 0; i < n; ++i)
        p[i] ^= key[i & 3];
}

void BM_NaiveUnmask(benchmark::State &state)
{
    unmaskAll(state, [](std::uint8_t *p, std::size_t n, MaskKey key) { naiveUnmask(p, n, key.data()); });
}

// Sockscope's unmask as the decoder calls it (AVX2 where the CPU has it).
void BM_ApplyMask(benchmark::State &state)
{
    unmaskAll(state, [](std::uint8_t *p, std::size_t n, MaskKey key) { applyMask(p, n, key); });
}

// The portable 64-bit-word path alone, the one used without AVX2.
void BM_PortableMask(benchmark::State &state)
{
    unmaskAll(state, [](std::uint8_t *p, std::size_t n, MaskKey key) { MaskPaths::portable(p, p, n, key, 0); });
}

namespace net = boost::asio;
namespace beast = boost::beast;

// A synchronous stream over memory for Beast: the upgrade request first, then the frame
// buffer over and over. Beast's frame parser is private to websocket::stream, so reading
// messages through a stream is the closest public equivalent of FrameDecoder.
class MemoryStream
{
public:
    using executor_type = net::io_context::executor_type;

    MemoryStream(net::io_context &context, std::string_view request, const FrameSet &frames)
        : m_context(context), m_request(request), m_frames(frames)
    { }

    executor_type get_executor() { return m_context.get_executor(); }

    template<class MutableBuffers>
    std::size_t read_some(const MutableBuffers &buffers, beast::error_code &ec)
    {
        ec = {};
        if (m_requestPos < m_request.size()) {
            const std::size_t n = net::buffer_copy(buffers, net::buffer(m_request.substr(m_requestPos)));
            m_requestPos += n;
            return n;
        }
        const std::size_t n = net::buffer_copy(
                buffers, net::buffer(m_frames.wire.data() + m_framePos, m_frames.wire.size() - m_framePos));
        m_framePos = (m_framePos + n) % m_frames.wire.size();
        return n;
    }

    template<class MutableBuffers>
    std::size_t read_some(const MutableBuffers &buffers)
    {
        beast::error_code ec;
        return read_some(buffers, ec);
    }

    template<class ConstBuffers>
    std::size_t write_some(const ConstBuffers &buffers, beast::error_code &ec)
    {
        ec = {};
        return net::buffer_size(buffers);
    }

    template<class ConstBuffers>
    std::size_t write_some(const ConstBuffers &buffers)
    {
        return net::buffer_size(buffers);
    }

private:
    net::io_context &m_context;
    std::string_view m_request;
    const FrameSet &m_frames;
    std::size_t m_requestPos = 0;
    std::size_t m_framePos = 0;
};

void teardown(beast::role_type, MemoryStream &, beast::error_code &ec)
{
    ec = {};
}

constexpr std::string_view kUpgradeRequest =
        "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

void BM_BeastStreamRead(benchmark::State &state)
{
    const FrameSet set = makeFrames(std::size_t(state.range(0)));
    net::io_context context;
    beast::websocket::stream<MemoryStream> ws(context, kUpgradeRequest, set);
    ws.read_message_max(64u << 20);
    ws.accept();
    beast::flat_buffer buffer;
    auto pass = [&] {
        for (std::size_t i = 0; i < set.frameCount; ++i) {
            ws.read(buffer);
            benchmark::DoNotOptimize(buffer.data().data());
            buffer.consume(buffer.size());
        }
        return set.frameCount;
    };
    pass();
    const std::uint64_t before = g_allocations.load();
    std::uint64_t frames = 0;
    for (auto _ : state)
        frames += pass();
    report(state, set, frames, g_allocations.load() - before);
}

// The baseline for UTF-8: the classic byte-at-a-time DFA (a class per byte, a transition per
// class and state, a check after every byte), as most WebSocket libraries validate.
class ByteDfa
{
public:
    static bool isValid(std::span<const std::uint8_t> bytes)
    {
        std::uint8_t state = kAccept;
        for (const std::uint8_t byte : bytes) {
            state = kTransitions[state][kClasses[byte]];
            if (state == kReject)
                return false;
        }
        return state == kAccept;
    }

private:
    static constexpr std::uint8_t kAccept = 0;
    static constexpr std::uint8_t kReject = 1;
    // 0: 00..7F, 1: 80..8F, 2: 90..9F, 3: A0..BF, 4: C0 C1 F5..FF, 5: C2..DF, 6: E0,
    // 7: E1..EC EE EF, 8: ED, 9: F0, 10: F1..F3, 11: F4
    static constexpr std::array<std::uint8_t, 256> kClasses = [] {
        std::array<std::uint8_t, 256> classes{};
        for (unsigned b = 0; b < 256; ++b) {
            classes[b] = b < 0x80 ? 0
                    : b < 0x90    ? 1
                    : b < 0xA0    ? 2
                    : b < 0xC0    ? 3
                    : b < 0xC2    ? 4
                    : b < 0xE0    ? 5
                    : b == 0xE0   ? 6
                    : b == 0xED   ? 8
                    : b < 0xF0    ? 7
                    : b == 0xF0   ? 9
                    : b < 0xF4    ? 10
                    : b == 0xF4   ? 11
                                  : 4;
        }
        return classes;
    }();
    // States: 0 accept, 1 reject, 2-4 one to three continuation bytes to go, 5 after E0,
    // 6 after ED, 7 after F0, 8 after F4.
    static constexpr std::uint8_t kTransitions[9][12] = {
            {0, 1, 1, 1, 1, 2, 5, 3, 6, 7, 4, 8}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
            {1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1},
            {1, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1},
            {1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1},
            {1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    };
};

constexpr std::int64_t kAsciiText = 0;
constexpr std::int64_t kMixedText = 1;

void appendUtf8(std::vector<std::uint8_t> &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(std::uint8_t(c));
    } else if (c < 0x800) {
        out.insert(out.end(), {std::uint8_t(0xC0 | (c >> 6)), std::uint8_t(0x80 | (c & 0x3F))});
    } else if (c < 0x10000) {
        out.insert(out.end(),
                   {std::uint8_t(0xE0 | (c >> 12)), std::uint8_t(0x80 | ((c >> 6) & 0x3F)),
                    std::uint8_t(0x80 | (c & 0x3F))});
    } else {
        out.insert(out.end(),
                   {std::uint8_t(0xF0 | (c >> 18)), std::uint8_t(0x80 | ((c >> 12) & 0x3F)),
                    std::uint8_t(0x80 | ((c >> 6) & 0x3F)), std::uint8_t(0x80 | (c & 0x3F))});
    }
}

// 64 KiB of valid text, in cache: English ASCII, or CJK ideographs, kana and Hangul with
// emoji, spaces and ASCII punctuation between them (about 1 byte in 24 ASCII).
std::vector<std::uint8_t> makeText(std::int64_t kind)
{
    constexpr std::size_t kTextSize = 64 * 1024;
    std::vector<std::uint8_t> text;
    std::mt19937 random(7);
    constexpr std::string_view kEnglish = "The quick brown fox jumps over the lazy dog, 0123456789 times. ";
    while (text.size() < kTextSize) {
        if (kind == kAsciiText) {
            text.insert(text.end(), kEnglish.begin(), kEnglish.end());
            continue;
        }
        const unsigned pick = random() % 16;
        const char32_t c = pick < 7 ? char32_t(0x4E00 + random() % 0x5000) // CJK ideographs
                : pick < 9          ? char32_t(0x30A0 + random() % 0x60)   // katakana
                : pick < 11         ? char32_t(0xAC00 + random() % 0x2B00) // Hangul
                : pick < 14         ? char32_t(0x1F300 + random() % 0x700) // emoji
                : pick < 15         ? U' '
                                    : U',';
        appendUtf8(text, c);
    }
    return text;
}

template<typename Validate>
void validateText(benchmark::State &state, Validate validate)
{
    const std::vector<std::uint8_t> text = makeText(state.range(0));
    if (!validate(std::span(text)))
        state.SkipWithError("the benchmark text is not valid UTF-8");
    for (auto _ : state)
        benchmark::DoNotOptimize(validate(std::span(text)));
    state.SetBytesProcessed(std::int64_t(state.iterations() * text.size()));
}

void BM_Utf8Validator(benchmark::State &state)
{
    validateText(state, [](std::span<const std::uint8_t> text) { return Utf8Validator::isValid(text); });
}

void BM_Utf8ByteDfa(benchmark::State &state)
{
    validateText(state, [](std::span<const std::uint8_t> text) { return ByteDfa::isValid(text); });
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(16)->Arg(1024)->Arg(64 * 1024)->Arg(1024 * 1024)->MinTime(0.5);
}

} // namespace

BENCHMARK(BM_Decode)->Apply(sizes);
BENCHMARK(BM_EngineReceivePath)->Apply(sizes);
BENCHMARK(BM_BeastStreamRead)->Apply(sizes);
BENCHMARK(BM_ApplyMask)->Apply(sizes);
BENCHMARK(BM_NaiveUnmask)->Apply(sizes);
BENCHMARK(BM_PortableMask)->Apply(sizes);
BENCHMARK(BM_Utf8Validator)->Arg(kAsciiText)->Arg(kMixedText)->MinTime(0.5);
BENCHMARK(BM_Utf8ByteDfa)->Arg(kAsciiText)->Arg(kMixedText)->MinTime(0.5);

BENCHMARK_MAIN();
