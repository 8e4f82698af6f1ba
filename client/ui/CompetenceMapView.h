#pragma once
// A trainee's competence map, PAIKKO style: qualification -> unit -> skill requirement, each
// requirement "demonstrated" (tick icon and word) or "not yet" (empty circle and words), with a
// progress bar per unit ("3 / 5 demonstrated"). Never colour alone. Shown as a dialog from the
// trainee's home ("My competence") and from the coach's roster.

#include "common/model/CompetenceMap.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;
class Session;

class CompetenceMapView : public QWidget
{
    Q_OBJECT
public:
    explicit CompetenceMapView(QWidget *parent = nullptr);

    // traineeName empty: the trainee's own view ("My competence").
    void setMap(const CompetenceMap &map, const QString &traineeName = {});
    const CompetenceMap &map() const { return m_map; }

    // Opens the view in a non-modal dialog (deleted when closed), object name
    // "competenceMapDialog".
    static QWidget *openDialog(QWidget *parent, const CompetenceMap &map,
                               const QString &traineeName = {});
    // The same for one trainee of the session's profile, read from its database, and read again
    // while the dialog is open whenever a sync brings changes or a coach marks something here.
    static QWidget *openDialog(QWidget *parent, Session *session, qint64 traineeId,
                               const QString &traineeName = {});

private:
    QWidget *createQualification(const CompetenceQualification &q);
    QWidget *createUnit(const CompetenceUnit &unit);
    QWidget *createRequirement(const CompetenceRequirement &r);

    CompetenceMap m_map;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_totalLabel;
    QVBoxLayout *m_content;
};
