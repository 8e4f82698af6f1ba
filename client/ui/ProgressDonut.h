#pragma once
// A small custom-painted ring chart of the goal program: one coloured arc per task status and the
// share of sent work as a number in the middle. The legend next to it (icons + words) carries the
// same facts for people who cannot tell the colours apart.

#include "client/core/TraineeProgram.h"

#include <QWidget>

class ProgressDonut : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressDonut(QWidget *parent = nullptr);

    void setSummary(const ProgramSummary &summary);
    QSize sizeHint() const override { return { 160, 160 }; }
    QSize minimumSizeHint() const override { return { 120, 120 }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();
    QString percentText() const;

    ProgramSummary m_summary;
};
