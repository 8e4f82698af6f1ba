#include "server/core/ServerLogging.h"

// Debug output is off unless enabled with QT_LOGGING_RULES; information and warnings are on.
Q_LOGGING_CATEGORY(lcStore, "server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "server.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUploads, "server.uploads", QtInfoMsg)
