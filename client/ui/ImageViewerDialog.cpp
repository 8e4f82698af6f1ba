#include "client/ui/ImageViewerDialog.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;
} // namespace

ImageViewerDialog::ImageViewerDialog(const QString &path, const QString &title, QWidget *parent)
    : QDialog(parent), m_scroll(new QScrollArea(this)), m_canvas(new QLabel),
      m_zoomLabel(new QLabel(this))
{
    setObjectName(u"imageViewerDialog"_s);
    setWindowTitle(title);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_image = reader.read();

    m_canvas->setObjectName(u"imageCanvas"_s);
    m_canvas->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_scroll->viewport()->installEventFilter(this);

    auto *fit = new QPushButton(tr("Fit"), this);
    fit->setObjectName(u"fitButton"_s);
    auto *out = new QPushButton(tr("Zoom out"), this);
    out->setObjectName(u"zoomOutButton"_s);
    auto *in = new QPushButton(tr("Zoom in"), this);
    in->setObjectName(u"zoomInButton"_s);
    auto *actual = new QPushButton(tr("100 %"), this);
    actual->setObjectName(u"actualSizeButton"_s);
    auto *close = new QPushButton(tr("Close"), this);
    connect(fit, &QPushButton::clicked, this, &ImageViewerDialog::fitToWindow);
    connect(out, &QPushButton::clicked, this, &ImageViewerDialog::zoomOut);
    connect(in, &QPushButton::clicked, this, &ImageViewerDialog::zoomIn);
    connect(actual, &QPushButton::clicked, this, &ImageViewerDialog::showActualSize);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(fit);
    buttons->addWidget(out);
    buttons->addWidget(in);
    buttons->addWidget(actual);
    buttons->addWidget(m_zoomLabel);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    if (m_image.isNull())
        m_canvas->setText(tr("The image cannot be shown."));
    resize(900, 700);
    render();
}

void ImageViewerDialog::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void ImageViewerDialog::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void ImageViewerDialog::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void ImageViewerDialog::showActualSize()
{
    setZoom(1.0);
}

void ImageViewerDialog::fitToWindow()
{
    m_fit = true;
    render();
}

void ImageViewerDialog::render()
{
    if (m_image.isNull())
        return;
    if (m_fit) {
        const QSize area = m_scroll->viewport()->size() - QSize(4, 4);
        const double zx = double(area.width()) / m_image.width();
        const double zy = double(area.height()) / m_image.height();
        m_zoom = std::clamp(std::min({zx, zy, 1.0}), kMinZoom, kMaxZoom);
    }
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
    m_canvas->setPixmap(QPixmap::fromImage(
        m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_canvas->resize(size);
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
}

void ImageViewerDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        render();
}

bool ImageViewerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
