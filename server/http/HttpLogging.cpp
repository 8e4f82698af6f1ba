#include "server/http/HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "server.http", QtInfoMsg)
