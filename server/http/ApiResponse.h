#pragma once
// Builds the server's HTTP answers: JSON bodies (zstd-compressed when the client accepts it) and
// errors as HTTP status + JSON {code, message} with the status that belongs to the code.

#include "common/protocol/Error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace api {

QHttpServerResponse json(const QJsonObject &body, int status = 200, bool zstd = false);
// retryAfterSeconds > 0 adds a Retry-After header (rate limiting).
QHttpServerResponse error(const Error &error, qint64 retryAfterSeconds = 0);
// A status of the HTTP layer itself that has no code of its own in Error.h (e.g. 405).
QHttpServerResponse error(int status, const Error &error);

} // namespace api
