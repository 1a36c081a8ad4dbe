// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/frameflags.h" // the bits of frames.flags

// The .wscap schema (docs/capture-format.md). Bump kCaptureSchemaVersion with any change
// and keep reading older versions.
namespace Sockscope {

inline constexpr int kCaptureSchemaVersion = 3; // 2: decoder_choices, proxy_pairs; 3: frames.payload_from
// PRAGMA application_id: "WSCP", so `file` and our reader tell a capture from other SQLite files.
inline constexpr int kCaptureApplicationId = 0x57534350;

inline constexpr char kCaptureSchemaSql[] = R"SQL(
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS connections (
    id           INTEGER PRIMARY KEY,
    server_id    INTEGER,
    role         TEXT NOT NULL,
    url          TEXT,
    peer_address TEXT,
    subprotocol  TEXT,
    extensions   TEXT,
    opened_ns    INTEGER,
    closed_ns    INTEGER,
    close_code   INTEGER,
    close_reason TEXT,
    dns_us       INTEGER,
    tcp_us       INTEGER,
    tls_us       INTEGER,
    upgrade_us   INTEGER
);
CREATE TABLE IF NOT EXISTS frames (
    id             INTEGER PRIMARY KEY,
    ts_ns          INTEGER NOT NULL,
    connection_id  INTEGER NOT NULL,
    direction      INTEGER NOT NULL,
    opcode         INTEGER NOT NULL,
    flags          INTEGER NOT NULL,
    mask_key       BLOB,
    payload_length INTEGER NOT NULL,
    header         BLOB NOT NULL,
    message_id     INTEGER,
    payload        BLOB NOT NULL,
    inflated       BLOB,
    payload_from   INTEGER
);
CREATE VIEW IF NOT EXISTS frame_payloads AS
    SELECT f.id, coalesce(source.payload, f.payload) AS payload
    FROM frames f LEFT JOIN frames source ON source.id = f.payload_from;
CREATE TABLE IF NOT EXISTS events (
    id            INTEGER PRIMARY KEY,
    ts_ns         INTEGER NOT NULL,
    connection_id INTEGER NOT NULL,
    server_id     INTEGER,
    kind          TEXT NOT NULL,
    direction     INTEGER,
    status        INTEGER,
    code          INTEGER,
    text          TEXT,
    detail        TEXT,
    raw           BLOB
);
CREATE TABLE IF NOT EXISTS proxy_pairs (
    upstream_id INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL,
    proxy_id    INTEGER
);
CREATE TABLE IF NOT EXISTS decoder_choices (
    connection_id INTEGER NOT NULL,
    sender        TEXT NOT NULL,
    decoder_id    TEXT NOT NULL,
    schema_type   TEXT,
    schema_files  TEXT,
    PRIMARY KEY (connection_id, sender)
);
)SQL";

// Every column of a table, in schema order: the writer inserts them all, the reader selects
// them all, and the page salvage finds them at the same positions in a decoded record.
namespace ConnectionColumn {
enum Index : int {
    Id,
    ServerId,
    Role,
    Url,
    PeerAddress,
    Subprotocol,
    Extensions,
    OpenedNs,
    ClosedNs,
    CloseCode,
    CloseReason,
    DnsUs,
    TcpUs,
    TlsUs,
    UpgradeUs,
    Count
};
inline constexpr char kNames[] =
        "id, server_id, role, url, peer_address, subprotocol, extensions, opened_ns, closed_ns, "
        "close_code, close_reason, dns_us, tcp_us, tls_us, upgrade_us";
} // namespace ConnectionColumn

namespace FrameColumn {
enum Index : int {
    Id,
    TsNs,
    ConnectionId,
    Direction,
    Opcode,
    Flags,
    MaskKey,
    PayloadLength,
    Header,
    MessageId,
    Payload,
    Inflated,
    PayloadFrom, // version 3: the id of the frame whose payload this one's is; payload is then empty
    Count
};
inline constexpr int kCountBeforeVersion3 = PayloadFrom;
inline constexpr char kNames[] =
        "id, ts_ns, connection_id, direction, opcode, flags, mask_key, payload_length, header, "
        "message_id, payload, inflated, payload_from";
} // namespace FrameColumn

namespace EventColumn {
enum Index : int { Id, TsNs, ConnectionId, ServerId, Kind, Direction, Status, Code, Text, Detail, Raw, Count };
inline constexpr char kNames[] =
        "id, ts_ns, connection_id, server_id, kind, direction, status, code, text, detail, raw";
} // namespace EventColumn

namespace DecoderChoiceColumn {
enum Index : int { ConnectionId, Sender, DecoderId, SchemaType, SchemaFiles, Count };
inline constexpr char kNames[] = "connection_id, sender, decoder_id, schema_type, schema_files";
} // namespace DecoderChoiceColumn

} // namespace Sockscope
