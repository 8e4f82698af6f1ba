#pragma once
// A temporary directory that is removed at the end of a test, unless PAJAPOLKU_KEEP_TEST_DIRS is
// set (then its path is printed for a post-mortem).

#include <QString>
#include <QTemporaryDir>

class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
