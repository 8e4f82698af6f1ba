#pragma once
// Logging category of server_http; one debug line per request ("POST /api/v1/sync 200 3 ms").

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
