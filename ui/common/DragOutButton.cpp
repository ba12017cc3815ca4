#include "common/DragOutButton.h"

#include <QApplication>
#include <QDrag>
#include <QFile>
#include <QMimeData>
#include <QMouseEvent>
#include <QUrl>

namespace atelier::ui {

DragOutButton::DragOutButton(const QString &text, const QString &mimeType, QWidget *parent)
    : QToolButton(parent), m_mimeType(mimeType)
{
    setText(text);
    setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setCursor(Qt::OpenHandCursor);
    connect(this, &QToolButton::clicked, this,
            [this] { emit message(tr("Drag this button into a file manager or a DAW to take the file along")); });
}

QMimeData *DragOutButton::makeMimeData(QString *error) const
{
    if (!m_writer) {
        *error = tr("nothing to drag");
        return nullptr;
    }
    const QString path = m_writer(error);
    if (path.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});
    QFile file(path);
    if (!m_mimeType.isEmpty() && file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
        data->setData(m_mimeType, file.readAll());
    return data;
}

void DragOutButton::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->position().toPoint();
        m_pressed = true;
    }
    QToolButton::mousePressEvent(event);
}

void DragOutButton::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance()) {
        QToolButton::mouseMoveEvent(event);
        return;
    }
    m_pressed = false;
    setDown(false);
    QString error;
    QMimeData *data = makeMimeData(&error);
    if (!data) {
        emit message(tr("Nothing dragged: %1").arg(error));
        return;
    }
    emit dragStarted(data->urls().value(0).toLocalFile());
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(icon().pixmap(32));
    drag->exec(Qt::CopyAction);
}

} // namespace atelier::ui
