#pragma once
// Schema step 3 of the server database: shared coaching groups across organisations and the
// audit trail of coaching decisions (reviews, requirement marks, feedback).

#include "common/storage/Database.h"

Migration coachingMigration();
