#pragma once
// Opens an SQLite database through QtSql with the pragmas Pajapolku relies on (WAL, foreign keys,
// full sync, busy timeout) and brings its schema up to date with numbered migrations.
// Each Database owns one uniquely named QSqlDatabase connection, used from one thread.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

struct Migration
{
    int version; // the PRAGMA user_version the database has after this step
    QStringList statements;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the file and applies pragmas. Returns false with errorString().
    bool open(const QString &path);
    void close();
    bool isOpen() const;

    // Applies every migration whose version is above the stored user_version, each step in its own
    // transaction together with the new user_version. Refuses a database newer than the code.
    bool migrate(const QList<Migration> &migrations);
    int schemaVersion() const;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns false or throws.
    bool transaction(const std::function<bool()> &fn);

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
};
