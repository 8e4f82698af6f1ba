#include "tests/support/TempDir.h"

#include <QDebug>

TempDir::TempDir()
{
    if (qEnvironmentVariableIsSet("PAJAPOLKU_KEEP_TEST_DIRS")) {
        m_dir.setAutoRemove(false);
        qInfo() << "test dir kept:" << m_dir.path();
    }
}
