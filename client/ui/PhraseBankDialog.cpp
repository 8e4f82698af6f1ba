#include "client/ui/PhraseBankDialog.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/PhraseBank.h"
#include "client/core/Session.h"
#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"
#include "common/util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PhraseBankDialog::PhraseBankDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_bank(new PhraseBank(session->store(), session->user().id,
                            session->user().displayName.isEmpty() ? session->user().username
                                                                  : session->user().displayName,
                            SystemClock::instance(), this))
    , m_list(new QListWidget(this))
    , m_typeCombo(new QComboBox(this))
    , m_newEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_editEdit(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("Save text"), this))
    , m_archiveButton(new QPushButton(this))
    , m_upButton(new QPushButton(tr("Move up"), this))
    , m_downButton(new QPushButton(tr("Move down"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"phraseBankDialog"_s);
    setWindowTitle(tr("Quick phrases"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kPageMargin, theme::kPageMargin, theme::kPageMargin, 20);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Quick phrases"), this);
    theme::setTextStyle(title, u"h1"_s);
    auto *intro = new QLabel(tr("Your organisation's ready-made sentences for feedback. Changes "
                                "are saved on this computer and sent at the next sync; the other "
                                "coaches of your organisation get them too."),
                             this);
    intro->setWordWrap(true);
    theme::setTextStyle(intro, u"muted"_s);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto *addTitle = new QLabel(tr("New phrase"), this);
    theme::setTextStyle(addTitle, u"h3"_s);
    layout->addSpacing(6);
    layout->addWidget(addTitle);
    auto *addRow = new QHBoxLayout;
    m_typeCombo->setObjectName(u"phraseTypeComboBox"_s);
    m_typeCombo->addItem(tr("Praise"), u"praise"_s);
    m_typeCombo->addItem(tr("Guidance"), u"guidance"_s);
    m_typeCombo->setAccessibleName(tr("Type of the new phrase"));
    m_typeCombo->setMinimumHeight(m_newEdit->sizeHint().height());
    m_newEdit->setObjectName(u"newPhraseLineEdit"_s);
    m_newEdit->setPlaceholderText(tr("For example: The result is neat and tidy."));
    m_newEdit->setMaxLength(PhraseBank::kMaxTextLength);
    m_newEdit->setAccessibleName(tr("Text of the new phrase"));
    m_addButton->setObjectName(u"addPhraseButton"_s);
    theme::setButtonRole(m_addButton, u"primary"_s);
    addRow->addWidget(m_typeCombo);
    addRow->addWidget(m_newEdit, 1);
    addRow->addWidget(m_addButton);
    layout->addLayout(addRow);

    auto *listTitle = new QLabel(tr("Phrases"), this);
    theme::setTextStyle(listTitle, u"h3"_s);
    layout->addSpacing(6);
    layout->addWidget(listTitle);
    m_list->setObjectName(u"phraseListWidget"_s);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Phrases"));
    m_list->setStyleSheet(u"QListWidget::item { padding: 8px 6px; }"_s); // roomy rows
    m_list->setIconSize(QSize(22, 22));
    layout->addWidget(m_list, 1);

    auto *editTitle = new QLabel(tr("Selected phrase"), this);
    theme::setTextStyle(editTitle, u"h3"_s);
    layout->addWidget(editTitle);
    auto *editRow = new QHBoxLayout;
    m_editEdit->setObjectName(u"editPhraseLineEdit"_s);
    m_editEdit->setMaxLength(PhraseBank::kMaxTextLength);
    m_editEdit->setAccessibleName(tr("Text of the selected phrase"));
    m_saveButton->setObjectName(u"savePhraseButton"_s);
    m_archiveButton->setObjectName(u"archivePhraseButton"_s);
    theme::setButtonRole(m_saveButton, u"secondary"_s);
    theme::setButtonRole(m_archiveButton, u"secondary"_s);
    // The order the phrases are offered in on the review page.
    m_upButton->setObjectName(u"movePhraseUpButton"_s);
    m_downButton->setObjectName(u"movePhraseDownButton"_s);
    for (QPushButton *b : {m_upButton, m_downButton})
        theme::setButtonRole(b, u"secondary"_s);
    editRow->addWidget(m_editEdit, 1);
    editRow->addWidget(m_saveButton);
    editRow->addWidget(m_upButton);
    editRow->addWidget(m_downButton);
    editRow->addWidget(m_archiveButton);
    layout->addLayout(editRow);

    m_messageLabel->setObjectName(u"phraseMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setContentsMargins(12, 8, 12, 8);
    theme::setCard(m_messageLabel, u"error"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"phraseCloseButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &PhraseBankDialog::addPhrase);
    connect(m_newEdit, &QLineEdit::returnPressed, this, &PhraseBankDialog::addPhrase);
    connect(m_saveButton, &QPushButton::clicked, this, &PhraseBankDialog::saveText);
    connect(m_editEdit, &QLineEdit::returnPressed, this, &PhraseBankDialog::saveText);
    connect(m_archiveButton, &QPushButton::clicked, this, &PhraseBankDialog::toggleArchived);
    connect(m_upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PhraseBankDialog::updateSelection);
    // The review page reads the bank from the coach's workspace.
    connect(m_bank, &PhraseBank::changed, this, [this] {
        if (m_session && m_session->coach())
            m_session->coach()->reload();
    });
    connect(m_bank, &PhraseBank::changed, this, &PhraseBankDialog::refresh);
    resize(820, 640);
    refresh();
}

void PhraseBankDialog::refresh()
{
    const QString selected
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const PhraseEntry &e : m_bank->entries()) {
        const bool praise = e.phrase.type() == u"praise"_s;
        QString text = (praise ? tr("Praise") : tr("Guidance")) + u": "_s + e.phrase.text();
        QStringList notes;
        if (e.phrase.archived())
            notes << tr("archived, not offered in reviews");
        if (e.pending)
            notes << tr("waiting to be sent");
        if (e.rejected)
            notes << tr("not accepted: %1").arg(Texts::rejectedReasonText(e.rejection));
        if (!notes.isEmpty())
            text += u"  ("_s + notes.join(u", "_s) + u')';
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.phrase.id);
        const theme::Role tone = e.rejected            ? theme::Role::Error
                                 : e.phrase.archived() ? theme::Role::MutedText
                                 : praise              ? theme::Role::Success
                                                       : theme::Role::Primary;
        const QString iconName = e.rejected ? u"warning"_s
                                 : praise   ? u"status-approved"_s
                                            : u"info"_s;
        QIcon icon = icons::icon(iconName, theme::color(tone));
        // Readable on the selection colour too.
        icon.addPixmap(icons::pixmap(iconName, 22, theme::color(theme::Role::OnPrimary),
                                     devicePixelRatioF()),
                       QIcon::Selected);
        item->setIcon(icon);
        item->setData(Qt::UserRole + 1, e.phrase.archived());
        item->setData(Qt::UserRole + 2, e.phrase.text());
        item->setData(Qt::UserRole + 3, e.phrase.type());
        if (e.phrase.archived())
            item->setForeground(theme::color(theme::Role::MutedText));
        if (e.rejected)
            item->setForeground(theme::color(theme::Role::Error));
        if (e.phrase.id == selected)
            m_list->setCurrentItem(item);
    }
    updateSelection();
}

void PhraseBankDialog::updateSelection()
{
    QListWidgetItem *item = m_list->currentItem();
    m_editEdit->setEnabled(item != nullptr);
    m_saveButton->setEnabled(item != nullptr);
    m_archiveButton->setEnabled(item != nullptr);
    // Up and down within the phrases of the same type (praise first, then guidance).
    const int row = m_list->currentRow();
    auto sameType = [&](int other) {
        return item && other >= 0 && other < m_list->count()
               && m_list->item(other)->data(Qt::UserRole + 3) == item->data(Qt::UserRole + 3);
    };
    m_upButton->setEnabled(sameType(row - 1));
    m_downButton->setEnabled(sameType(row + 1));
    const bool archived = item && item->data(Qt::UserRole + 1).toBool();
    m_archiveButton->setText(archived ? tr("Bring back") : tr("Archive"));
    m_editEdit->setText(item ? item->data(Qt::UserRole + 2).toString() : QString());
    m_editEdit->setPlaceholderText(item ? QString() : tr("Choose a phrase from the list to edit it"));
}

void PhraseBankDialog::addPhrase()
{
    QString id;
    const Error error = m_bank->add(m_typeCombo->currentData().toString(), m_newEdit->text(), &id);
    if (error.isError()) {
        showError(m_newEdit->text().trimmed().isEmpty() ? tr("Write the phrase first.")
                                                        : tr("The phrase could not be saved."));
        return;
    }
    m_messageLabel->hide();
    m_newEdit->clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

void PhraseBankDialog::saveText()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Error error = m_bank->setText(item->data(Qt::UserRole).toString(), m_editEdit->text());
    if (error.isError())
        showError(m_editEdit->text().trimmed().isEmpty() ? tr("A phrase cannot be empty.")
                                                         : tr("The phrase could not be saved."));
    else
        m_messageLabel->hide();
}

void PhraseBankDialog::toggleArchived()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Error error = m_bank->setArchived(item->data(Qt::UserRole).toString(),
                                            !item->data(Qt::UserRole + 1).toBool());
    if (error.isError())
        showError(tr("The phrase could not be saved."));
    else
        m_messageLabel->hide();
}

void PhraseBankDialog::move(int step)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (m_bank->move(item->data(Qt::UserRole).toString(), step).isError())
        showError(tr("The phrase could not be saved."));
    else
        m_messageLabel->hide();
}

void PhraseBankDialog::showError(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}
