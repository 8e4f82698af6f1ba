#include "common/protocol/Error.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    ErrorCode code;
    const char16_t *name;
    int status;
};

constexpr std::array kEntries{
    Entry{ErrorCode::None, u"", 200},
    Entry{ErrorCode::BadRequest, u"bad_request", 400},
    Entry{ErrorCode::InvalidField, u"invalid_field", 400},
    Entry{ErrorCode::UnknownKind, u"unknown_kind", 400},
    Entry{ErrorCode::Unauthorized, u"unauthorized", 401},
    Entry{ErrorCode::TokenExpired, u"token_expired", 401},
    Entry{ErrorCode::WrongCredentials, u"wrong_credentials", 401},
    Entry{ErrorCode::AccountDisabled, u"account_disabled", 403},
    Entry{ErrorCode::PasswordChangeRequired, u"password_change_required", 403},
    Entry{ErrorCode::Forbidden, u"forbidden", 403},
    Entry{ErrorCode::NotFound, u"not_found", 404},
    Entry{ErrorCode::MethodNotAllowed, u"method_not_allowed", 405},
    Entry{ErrorCode::Conflict, u"conflict", 409},
    Entry{ErrorCode::PayloadTooLarge, u"payload_too_large", 413},
    Entry{ErrorCode::UnsupportedMediaType, u"unsupported_media_type", 415},
    Entry{ErrorCode::ProtocolUnsupported, u"protocol_unsupported", 426},
    Entry{ErrorCode::RateLimited, u"rate_limited", 429},
    Entry{ErrorCode::Internal, u"internal", 500},
    Entry{ErrorCode::ServiceUnavailable, u"service_unavailable", 503},
    Entry{ErrorCode::NetworkError, u"network_error", 0},
    Entry{ErrorCode::Timeout, u"timeout", 0},
    Entry{ErrorCode::InvalidResponse, u"invalid_response", 0},
    Entry{ErrorCode::ChecksumMismatch, u"checksum_mismatch", 422},
    Entry{ErrorCode::HashMismatch, u"hash_mismatch", 422},
    Entry{ErrorCode::RangeNotSatisfiable, u"range_not_satisfiable", 416},
    Entry{ErrorCode::QuotaExceeded, u"quota_exceeded", 507},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return QString::fromUtf16(e.name);
    }
    return u"internal"_s;
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (e.code != ErrorCode::None && name == QStringView(e.name))
            return e.code;
    }
    return ErrorCode::InvalidResponse;
}

int httpStatusFor(ErrorCode code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return e.status;
    }
    return 500;
}

QJsonObject Error::toJson() const
{
    return QJsonObject{{u"code"_s, errorCodeName(code)}, {u"message"_s, message}};
}

Error Error::fromJson(const QJsonObject &obj)
{
    const QString name = obj.value(u"code"_s).toString();
    return Error(errorCodeFromName(name), obj.value(u"message"_s).toString());
}
