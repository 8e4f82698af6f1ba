#pragma once
// The error vocabulary shared by server and client. Every API error is sent as
// HTTP status + JSON {"code": "<code>", "message": "<English text for logs>"}; the client shows
// its own translated text for the code, never the server's message.

#include <QJsonObject>
#include <QString>

enum class ErrorCode {
    None,
    BadRequest,          // 400 malformed request (not JSON, wrong shape)
    InvalidField,        // 400 a field is missing, of the wrong type or out of range
    UnknownKind,         // 400 (or a rejected op) unknown record/operation kind
    Unauthorized,        // 401 no or unknown token
    TokenExpired,        // 401
    WrongCredentials,    // 401 login failed
    AccountDisabled,     // 403
    PasswordChangeRequired, // 403 only the password change is allowed with this token
    Forbidden,           // 403 authenticated but not allowed (role, organisation, other user)
    NotFound,            // 404
    MethodNotAllowed,    // 405
    Conflict,            // 409
    PayloadTooLarge,     // 413
    UnsupportedMediaType,// 415
    ProtocolUnsupported, // 426 client too old or too new: "please update"
    RateLimited,         // 429
    Internal,            // 500
    ServiceUnavailable,  // 503
    // Client-side only (never sent by the server)
    NetworkError,
    Timeout,
    InvalidResponse,
    // v1: files (appended so that the values above keep their numbers)
    ChecksumMismatch,    // 422 a chunk's bytes do not match its X-Chunk-Sha256; only it is dropped
    HashMismatch,        // 422 a finished upload's bytes do not match its SHA-256; it starts over
    RangeNotSatisfiable, // 416 a download range starts beyond the end of the file
    QuotaExceeded,       // 507 the organisation's storage quota would be exceeded
};

QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name);
int httpStatusFor(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) {}

    bool isError() const { return code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }

    QJsonObject toJson() const;
    // Reads {code, message}; an unknown or missing code becomes InvalidResponse.
    static Error fromJson(const QJsonObject &obj);
};
