#include "client/ui/FeedbackThreadView.h"

#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FeedbackThreadView::FeedbackThreadView(QWidget *parent)
    : QWidget(parent)
    , m_captionLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_messagesLayout(new QVBoxLayout)
    , m_replyBox(new QWidget(this))
    , m_replyEdit(new QPlainTextEdit(m_replyBox))
    , m_replyButton(new QPushButton(m_replyBox))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    theme::setTextStyle(m_captionLabel, u"h2"_s);
    m_captionLabel->setObjectName(u"threadCaptionLabel"_s);
    theme::setTextStyle(m_emptyLabel, u"muted"_s);
    m_emptyLabel->setWordWrap(true);
    m_messagesLayout->setSpacing(8);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(m_messagesLayout);

    auto *replyLayout = new QHBoxLayout(m_replyBox);
    replyLayout->setContentsMargins(0, 4, 0, 0);
    replyLayout->setSpacing(8);
    m_replyEdit->setObjectName(u"replyPlainTextEdit"_s);
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setFixedHeight(72);
    m_replyButton->setObjectName(u"replyButton"_s);
    theme::setButtonRole(m_replyButton, u"secondary"_s);
    m_replyButton->setEnabled(false);
    replyLayout->addWidget(m_replyEdit, 1);
    replyLayout->addWidget(m_replyButton, 0, Qt::AlignBottom);
    layout->addWidget(m_replyBox);
    m_replyBox->hide();
    connect(m_replyEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_replyButton->setEnabled(!m_replyEdit->toPlainText().trimmed().isEmpty());
    });
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        const QString text = replyText().trimmed();
        if (!text.isEmpty())
            emit replyRequested(text);
    });
    retranslate();
}

void FeedbackThreadView::setMessages(const QList<Feedback> &messages, qint64 viewerId,
                                     const QStringList &unreadIds)
{
    m_messages = messages;
    m_viewerId = viewerId;
    m_unreadIds = unreadIds;
    rebuild();
}

void FeedbackThreadView::rebuild()
{
    while (QLayoutItem *item = m_messagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = int(m_messages.size());
    m_emptyLabel->setVisible(m_messages.isEmpty());
    for (const Feedback &f : m_messages) {
        const bool own = f.authorId == m_viewerId;
        const bool fromTrainee = f.authorRole == u"trainee"_s;
        auto *bubble = new QFrame(this);
        bubble->setObjectName(u"feedbackMessageFrame"_s);
        theme::setCard(bubble, fromTrainee ? QString() : u"info"_s);
        auto *b = new QVBoxLayout(bubble);
        b->setContentsMargins(14, 10, 14, 10);
        b->setSpacing(4);
        auto *who = new QLabel(bubble);
        theme::setTextStyle(who, u"small"_s);
        QString author = own ? tr("You") : f.authorName;
        if (author.isEmpty())
            author = fromTrainee ? tr("Trainee") : tr("Coach");
        const QDateTime when = f.receivedAt.isValid() ? f.receivedAt : f.at;
        QString line = u"<b>%1</b> · %2"_s.arg(author.toHtmlEscaped(), Texts::timeOrDateTime(when));
        if (m_unreadIds.contains(f.id))
            line += u"  <span style=\"color:%1\"><b>%2</b></span>"_s.arg(
                theme::color(theme::Role::Error).name(), tr("New"));
        who->setTextFormat(Qt::RichText);
        who->setText(line);
        b->addWidget(who);
        if (!f.text.isEmpty()) {
            auto *text = new QLabel(bubble);
            text->setObjectName(u"feedbackTextLabel"_s);
            text->setTextFormat(Qt::PlainText);
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            text->setText(f.text);
            b->addWidget(text);
        }
        if (!f.praise.isEmpty()) {
            auto *praise = new QLabel(bubble);
            praise->setObjectName(u"praiseLabel"_s);
            praise->setWordWrap(true);
            praise->setTextFormat(Qt::PlainText);
            QStringList things;
            for (const QString &tag : f.praise)
                things.append(m_praiseNames.value(tag, tag));
            praise->setText(tr("Praised: %1").arg(things.join(u"; "_s)));
            praise->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(
                theme::color(theme::Role::Success).name()));
            b->addWidget(praise);
        }
        m_messagesLayout->addWidget(bubble);
    }
}

void FeedbackThreadView::setReplyEnabled(bool enabled)
{
    m_replyBox->setVisible(enabled);
}

void FeedbackThreadView::setCaption(const QString &caption)
{
    m_caption = caption;
    retranslate();
}

QString FeedbackThreadView::replyText() const
{
    return m_replyEdit->toPlainText();
}

void FeedbackThreadView::clearReply()
{
    m_replyEdit->clear();
}

void FeedbackThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void FeedbackThreadView::retranslate()
{
    m_captionLabel->setText(m_caption.isEmpty() ? tr("Messages with your coach") : m_caption);
    m_emptyLabel->setText(tr("No messages yet."));
    m_replyEdit->setPlaceholderText(tr("Write a reply to your coach…"));
    m_replyButton->setText(tr("Send reply"));
}
