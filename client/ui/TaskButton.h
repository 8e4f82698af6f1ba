#pragma once
// One task in the home page's list: a large, keyboard-focusable button showing the task's title,
// a detail line (time estimate, waiting to be sent) and its status chip. Titles wrap, never clip.

#include "common/model/TaskStatus.h"

#include <QAbstractButton>

class TaskButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TaskButton(const QString &taskId, QWidget *parent = nullptr);

    QString taskId() const { return m_taskId; }
    void setContent(const QString &title, const QString &detail, TaskStatus status);
    TaskStatus status() const { return m_status; }
    // New feedback messages from the coach, shown as a badge (0: none).
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRect title;
        QRect detail;
        QRect chip;
        QRect arrow;
        int height = 0;
    };
    Layout layoutFor(int width) const;
    QFont titleFont() const;
    void updateAccessibility();

    QString m_taskId;
    QString m_detail;
    TaskStatus m_status = TaskStatus::NotStarted;
    bool m_hovered = false;
    int m_unread = 0;
};
