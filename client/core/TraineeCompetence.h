#pragma once
// The competence map of one trainee read from the profile database (works offline): the tasks of
// the trainee's goal program in program order (sets by position, tasks by position) and the
// coaches' requirement marks of that trainee, given to buildCompetenceMap(). Used by the
// trainee's "My competence" view and by the coach's view of a trainee from the roster.

#include "common/model/CompetenceMap.h"

class LocalStore;

// The tasks of the trainee's assigned task sets in program order (sets not yet pulled are left
// out).
QList<Task> programTasksOf(const LocalStore &store, qint64 traineeId);
CompetenceMap traineeCompetenceMap(const LocalStore &store, qint64 traineeId);
