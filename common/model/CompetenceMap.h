#pragma once
// A trainee's competence map, qualification -> unit -> skill requirement, derived from the tasks
// of their goal program (which requirements they train) and the coaches' requirement marks
// (which they demonstrated). PAIKKO style: a requirement is demonstrated or not yet; no grades.
// A pure function of its inputs, shared by the coach's and the trainee's views and by reports.

#include "common/model/ReviewRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct CompetenceRequirement
{
    QString code;
    QString text;
    bool demonstrated = false; // some task's mark says demonstrated
    QStringList taskIds; // tasks of the program that train it, in program order
    QStringList demonstratedInTaskIds; // tasks whose mark says demonstrated
    // The deciding mark: the newest "demonstrated" write when demonstrated, else the newest mark.
    QString note;
    qint64 markedBy = 0;
    QString markedByName;
    QDateTime markedAt; // server time of that write (client time while unsynced)
    bool contested = false; // a coach decided differently on one of its marks
};

struct CompetenceUnit
{
    QString code;
    QString name;
    QList<CompetenceRequirement> requirements;
    int demonstratedCount() const;
};

struct CompetenceQualification
{
    QString code;
    QString name;
    QList<CompetenceUnit> units;
    int demonstratedCount() const;
    int requirementCount() const;
};

struct CompetenceMap
{
    QList<CompetenceQualification> qualifications;

    int demonstratedCount() const;
    int requirementCount() const;
    // nullptr when the map has no such requirement.
    const CompetenceRequirement *find(const QString &qualificationCode, const QString &unitCode,
                                      const QString &code) const;
};

// Builds the map of one trainee. Tasks give the tree in their order (pass them in program order);
// marks of other trainees are ignored; a mark whose task is not among the tasks still counts,
// placed by the requirement it copied (so a retired task keeps what was demonstrated in it).
CompetenceMap buildCompetenceMap(qint64 traineeId, const QList<Task> &tasks,
                                 const QList<RequirementMark> &marks);
