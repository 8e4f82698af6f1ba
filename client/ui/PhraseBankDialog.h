#pragma once
// The coach's editor of the organisation's quick phrases (praise and guidance): list, add, change
// the text, reorder, archive and bring back. Works offline: every change is saved on this
// computer at once and sent at the next sync; other coaches of the organisation receive it.

#include <QDialog>

class PhraseBank;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Session;

class PhraseBankDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PhraseBankDialog(Session *session, QWidget *parent = nullptr);

    PhraseBank *bank() const { return m_bank; }

private:
    void refresh();
    void updateSelection();
    void addPhrase();
    void saveText();
    void toggleArchived();
    void move(int step); // -1: up, 1: down
    void showError(const QString &text);

    Session *m_session;
    PhraseBank *m_bank;
    QListWidget *m_list;
    QComboBox *m_typeCombo;
    QLineEdit *m_newEdit;
    QPushButton *m_addButton;
    QLineEdit *m_editEdit;
    QPushButton *m_saveButton;
    QPushButton *m_archiveButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QLabel *m_messageLabel;
};
