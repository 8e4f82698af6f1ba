#pragma once
// A rounded "chip" showing a task's status with an icon, a word and a colour together, so the
// status never depends on colour alone. The painting is shared with TaskButton.

#include "common/model/TaskStatus.h"

#include <QWidget>

class StatusChip : public QWidget
{
    Q_OBJECT
public:
    explicit StatusChip(QWidget *parent = nullptr);

    void setStatus(TaskStatus status);
    TaskStatus status() const { return m_status; }
    QString text() const; // the translated status word shown

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    static QSize chipSize(const QFont &font, TaskStatus status);
    static void paintChip(
        QPainter *painter, const QRect &rect, const QFont &font, TaskStatus status);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();

    TaskStatus m_status = TaskStatus::NotStarted;
};
