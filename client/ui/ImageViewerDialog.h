#pragma once
// A simple image viewer for evidence photos: fits the window at first, zooms in and out (also
// with Ctrl + wheel), and shows the image at 100 %.

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
class QScrollArea;

class ImageViewerDialog : public QDialog
{
    Q_OBJECT
public:
    ImageViewerDialog(const QString &path, const QString &title, QWidget *parent = nullptr);

    bool isValid() const { return !m_image.isNull(); }
    double zoom() const { return m_zoom; } // 1.0 = 100 %
    bool fitsWindow() const { return m_fit; }
    void zoomIn();
    void zoomOut();
    void showActualSize();
    void fitToWindow();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setZoom(double zoom);
    void render();

    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea *m_scroll;
    QLabel *m_canvas;
    QLabel *m_zoomLabel;
};
