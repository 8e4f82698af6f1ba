#pragma once
// A large button for one profile kept on this laptop ("Who are you?"): a round badge with the
// person's initials, the name in bold and the organisation below it.

#include <QAbstractButton>

class ProfileButton : public QAbstractButton
{
    Q_OBJECT
public:
    ProfileButton(const QString &profileId, const QString &name, const QString &detail,
        QWidget *parent = nullptr);

    QString profileId() const { return m_profileId; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return { 280, sizeHint().height() }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString initials() const;
    QFont nameFont() const;

    QString m_profileId;
    QString m_detail;
    bool m_hovered = false;
};
