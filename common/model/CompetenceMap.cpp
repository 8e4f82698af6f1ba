#include "common/model/CompetenceMap.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString keyOf(const Requirement &r)
{
    return r.qualificationCode + QChar(0x1f) + r.unitCode + QChar(0x1f) + r.code;
}

// The newest write among a mark's fields; the demonstrated field's when `demonstratedOnly`.
std::optional<FieldWrite> newestWrite(const RequirementMark &m, bool demonstratedOnly)
{
    if (demonstratedOnly)
        return m.merged.current(u"demonstrated"_s);
    std::optional<FieldWrite> best;
    for (const FieldWrite &w : m.merged.fields()) {
        if (!best || w.hlc > best->hlc)
            best = w;
    }
    return best;
}

class Builder
{
public:
    void place(const Requirement &r)
    {
        if (m_index.contains(keyOf(r)))
            return;
        auto q = std::find_if(m_map.qualifications.begin(), m_map.qualifications.end(),
                              [&](const CompetenceQualification &x) {
                                  return x.code == r.qualificationCode;
                              });
        if (q == m_map.qualifications.end()) {
            m_map.qualifications.append({r.qualificationCode, r.qualificationName, {}});
            q = std::prev(m_map.qualifications.end());
        }
        auto u = std::find_if(q->units.begin(), q->units.end(),
                              [&](const CompetenceUnit &x) { return x.code == r.unitCode; });
        if (u == q->units.end()) {
            q->units.append({r.unitCode, r.unitName, {}});
            u = std::prev(q->units.end());
        }
        CompetenceRequirement req;
        req.code = r.code;
        req.text = r.text;
        u->requirements.append(req);
        m_index.insert(keyOf(r), {static_cast<int>(q - m_map.qualifications.begin()),
                                  static_cast<int>(u - q->units.begin()),
                                  static_cast<int>(u->requirements.size() - 1)});
    }

    CompetenceRequirement *find(const Requirement &r)
    {
        const auto it = m_index.constFind(keyOf(r));
        if (it == m_index.cend())
            return nullptr;
        return &m_map.qualifications[it->q].units[it->u].requirements[it->r];
    }

    CompetenceMap result() const { return m_map; }

private:
    struct Position
    {
        int q, u, r;
    };
    CompetenceMap m_map;
    QHash<QString, Position> m_index;
};
} // namespace

int CompetenceUnit::demonstratedCount() const
{
    return static_cast<int>(std::count_if(requirements.cbegin(), requirements.cend(),
                                          [](const CompetenceRequirement &r) { return r.demonstrated; }));
}

int CompetenceQualification::demonstratedCount() const
{
    int n = 0;
    for (const CompetenceUnit &u : units)
        n += u.demonstratedCount();
    return n;
}

int CompetenceQualification::requirementCount() const
{
    int n = 0;
    for (const CompetenceUnit &u : units)
        n += static_cast<int>(u.requirements.size());
    return n;
}

int CompetenceMap::demonstratedCount() const
{
    int n = 0;
    for (const CompetenceQualification &q : qualifications)
        n += q.demonstratedCount();
    return n;
}

int CompetenceMap::requirementCount() const
{
    int n = 0;
    for (const CompetenceQualification &q : qualifications)
        n += q.requirementCount();
    return n;
}

const CompetenceRequirement *CompetenceMap::find(const QString &qualificationCode,
                                                 const QString &unitCode, const QString &code) const
{
    for (const CompetenceQualification &q : qualifications) {
        if (q.code != qualificationCode)
            continue;
        for (const CompetenceUnit &u : q.units) {
            if (u.code != unitCode)
                continue;
            for (const CompetenceRequirement &r : u.requirements) {
                if (r.code == code)
                    return &r;
            }
        }
    }
    return nullptr;
}

CompetenceMap buildCompetenceMap(qint64 traineeId, const QList<Task> &tasks,
                                 const QList<RequirementMark> &allMarks)
{
    Builder b;
    for (const Task &task : tasks) {
        for (const Requirement &r : task.requirements) {
            b.place(r);
            CompetenceRequirement *req = b.find(r);
            if (!req->taskIds.contains(task.id))
                req->taskIds.append(task.id);
        }
    }
    // Marks in a fixed order (by requirement, then task), so the result never depends on the
    // order they were read in.
    QList<RequirementMark> marks;
    for (const RequirementMark &m : allMarks) {
        if (m.traineeId == traineeId)
            marks.append(m);
    }
    std::sort(marks.begin(), marks.end(), [](const RequirementMark &x, const RequirementMark &y) {
        const QString kx = keyOf(x.requirement);
        const QString ky = keyOf(y.requirement);
        return kx != ky ? kx < ky : x.taskId < y.taskId;
    });
    QHash<QString, std::optional<FieldWrite>> deciding;
    for (const RequirementMark &m : std::as_const(marks)) {
        b.place(m.requirement);
        CompetenceRequirement *req = b.find(m.requirement);
        if (!req->taskIds.contains(m.taskId))
            req->taskIds.append(m.taskId);
        if (m.merged.contested(u"demonstrated"_s))
            req->contested = true;
        const bool demonstrated = m.demonstrated();
        if (demonstrated)
            req->demonstratedInTaskIds.append(m.taskId);
        const std::optional<FieldWrite> w = newestWrite(m, demonstrated);
        if (!w)
            continue;
        std::optional<FieldWrite> &best = deciding[keyOf(m.requirement)];
        // A demonstrated mark always decides over "not yet" marks of other tasks.
        const bool better = !best || (demonstrated && !req->demonstrated)
                            || (demonstrated == req->demonstrated && w->hlc > best->hlc);
        if (!better)
            continue;
        best = w;
        req->demonstrated = req->demonstrated || demonstrated;
        req->note = m.note();
        req->markedBy = w->by;
        req->markedByName = w->byName;
        req->markedAt = w->receivedAt.isValid() ? w->receivedAt : w->at;
    }
    return b.result();
}
