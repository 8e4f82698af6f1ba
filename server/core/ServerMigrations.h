#pragma once
// The numbered schema steps of the server database (applied by Database::migrate). Append new
// steps at the end; never edit a released one.

#include "common/storage/Database.h"

QList<Migration> serverMigrations();
