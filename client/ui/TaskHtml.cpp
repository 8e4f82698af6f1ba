#include "client/ui/TaskHtml.h"

#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

using namespace Qt::StringLiterals;

QString TaskHtml::skills(const Task &task)
{
    QString html;
    QString currentUnit;
    bool listOpen = false;
    for (const Requirement &r : task.requirements) {
        const QString unit = r.unitCode + u'|' + r.unitName;
        if (unit != currentUnit) {
            if (listOpen)
                html += u"</ul>"_s;
            currentUnit = unit;
            html += u"<p style=\"margin-top: 6px; margin-bottom: 2px;\"><b>"_s
                + (r.unitName.isEmpty() ? r.unitCode : r.unitName).toHtmlEscaped() + u"</b>"_s;
            if (!r.qualificationName.isEmpty())
                html += u"<br><span style=\"color: %1;\">"_s.arg(
                            theme::color(theme::Role::MutedText).name())
                    + r.qualificationName.toHtmlEscaped() + u"</span>"_s;
            html += u"</p><ul style=\"margin-top: 2px;\">"_s;
            listOpen = true;
        }
        html += u"<li>"_s + r.text.toHtmlEscaped() + u"</li>"_s;
    }
    if (listOpen)
        html += u"</ul>"_s;
    return html;
}

QString TaskHtml::history(const TaskView &view)
{
    QString html;
    for (qsizetype i = view.submissions.size() - 1; i >= 0; --i) {
        const Submission &s = view.submissions.at(i);
        const int version = s.version > 0 ? s.version : static_cast<int>(i) + 1;
        const QString state
            = s.version > 0 ? tr("delivered to your coach") : tr("waiting to be sent");
        html += u"<p style=\"margin: 2px 0;\">"_s
            + tr("Version %1 sent %2").arg(version).arg(Texts::dateTime(s.at)).toHtmlEscaped()
            + u" — <b>"_s + state.toHtmlEscaped() + u"</b>"_s;
        for (const Review &r : view.reviews) {
            if (r.submissionId != s.id)
                continue;
            const QString decision = r.decision == u"approved"_s
                ? tr("Approved by your coach")
                : tr("Your coach asked for changes");
            html += u"<br>&nbsp;&nbsp;&nbsp;"_s + decision.toHtmlEscaped() + u" ("_s
                + Texts::dateTime(r.at).toHtmlEscaped() + u")"_s;
        }
        html += u"</p>"_s;
    }
    return html;
}
