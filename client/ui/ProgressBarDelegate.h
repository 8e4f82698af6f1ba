#pragma once
// Draws a thin stacked bar under a table cell's text: a trainee's approved, sent and to-be-revised
// tasks out of all, in the status colours of the progress ring, so that a coach sees a roster's
// progress at a glance instead of reading fractions.

#include <QStyledItemDelegate>

class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The cell's data under this role: QVariantList {approved, sent, needsRevision, total}.
    static constexpr int kPartsRole = Qt::UserRole + 40;
    static QVariant parts(int approved, int sent, int needsRevision, int total);

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the bar goes inside a cell's rectangle (public for tests).
    static QRect barRect(const QRect &cell);
};
