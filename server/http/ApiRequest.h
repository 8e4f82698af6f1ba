#pragma once
// Reads what the API needs from an HTTP request: the protocol header, the (possibly
// zstd-compressed) JSON body within its limits, the bearer token, the accepted encodings and the
// client address used for rate limiting.

#include "common/protocol/Error.h"
#include "common/protocol/Protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QHttpServerRequest;

// The protocol versions the server accepts, [min, max]: max is protocol::kVersion, min is
// protocol::kMinSupportedVersion unless the operator raised it (serve --min-client-protocol).
struct ProtocolRange
{
    int min = protocol::kMinSupportedVersion;
    int max = protocol::kVersion;
    bool contains(qint64 version) const { return version >= min && version <= max; }
};

class ApiRequest
{
public:
    explicit ApiRequest(const QHttpServerRequest &request);

    // 426 protocol_unsupported when the X-Pajapolku-Protocol header is missing or names a
    // version outside the accepted range.
    Error checkProtocolHeader(const ProtocolRange &accepted) const;
    static Error checkProtocolVersion(qint64 version, const ProtocolRange &accepted);

    // The body, decompressed when Content-Encoding is zstd: 415 for other encodings, 413 when it
    // expands beyond protocol::limits::kMaxDecompressedBody, 400 for a broken zstd stream.
    std::optional<QByteArray> body(Error *error) const;
    // body() parsed as one JSON object (400 bad_request otherwise).
    std::optional<QJsonObject> jsonBody(Error *error) const;

    QString bearerToken() const;
    bool acceptsZstd() const;
    // The client's address as text (IPv4-mapped IPv6 addresses as plain IPv4): the peer, or for
    // a peer on the loopback interface (a local reverse proxy) the last X-Forwarded-For entry.
    QString clientAddress() const;
    // Case-insensitive header lookup; the first value when repeated.
    QByteArray header(const QByteArray &name) const;

private:
    const QHttpServerRequest &m_request;
};
