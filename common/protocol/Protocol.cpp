#include "common/protocol/Protocol.h"

using namespace Qt::StringLiterals;

namespace protocol {

QString orgScope(qint64 orgId)
{
    return u"org:"_s + QString::number(orgId);
}

QString traineeScope(qint64 userId)
{
    return u"trainee:"_s + QString::number(userId);
}

bool parseScope(const QString &scope, QString *kind, qint64 *id)
{
    const qsizetype colon = scope.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString k = scope.left(colon);
    if (k != u"org"_s && k != u"trainee"_s)
        return false;
    bool ok = false;
    const qint64 n = scope.mid(colon + 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return false;
    if (kind)
        *kind = k;
    if (id)
        *id = n;
    return true;
}

} // namespace protocol
