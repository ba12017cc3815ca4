#include "common/ResultBrowser.h"

#include "common/Theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace atelier::ui {

ResultBrowser::ResultBrowser(const QString &previewText, QSize tile, QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName("resultTiles");
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(tile);
    m_list->setGridSize(tile + QSize(8, 2 * fontMetrics().height() + 6));   // equal tiles, room for the label
    m_list->setUniformItemSizes(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWrapping(true);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Double-click or Enter keeps a result; Tab flips between the two auditioned last"));
    m_list->installEventFilter(this);

    m_preview = new QPushButton(Theme::icon("media-playback-start"), previewText, this);
    m_preview->setObjectName("previewResult");
    m_preview->setCheckable(true);
    m_keep = new QPushButton(Theme::icon("dialog-ok"), tr("Keep"), this);
    m_keep->setObjectName("keepResult");
    m_discard = new QPushButton(Theme::icon("edit-delete"), tr("Discard"), this);
    m_discard->setObjectName("discardResult");

    m_like = new QToolButton(this);
    m_like->setObjectName("likeResult");
    m_like->setIcon(Theme::icon("go-up"));
    m_like->setToolTip(tr("I like this one (+): your ratings can steer the models"));
    m_dislike = new QToolButton(this);
    m_dislike->setObjectName("dislikeResult");
    m_dislike->setIcon(Theme::icon("go-down"));
    m_dislike->setToolTip(tr("Not for me (−)"));
    for (QToolButton *b : {m_like, m_dislike})
        b->setCheckable(true);
    connect(m_like, &QToolButton::clicked, this, [this](bool on) { rate(current(), on ? 1 : 0); });
    connect(m_dislike, &QToolButton::clicked, this, [this](bool on) { rate(current(), on ? -1 : 0); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_preview, m_keep, m_discard})
        buttons->addWidget(b);
    buttons->addWidget(m_like);
    buttons->addWidget(m_dislike);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        emit currentChanged(row);
        if (m_preview->isChecked() && row >= 0) {   // the preview follows the selection
            notePreviewed(row);
            emit previewRequested(row);
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit keepRequested(m_list->row(item)); });
    connect(m_preview, &QPushButton::toggled, this, [this](bool on) {
        if (on && current() >= 0) {
            notePreviewed(current());
            emit previewRequested(current());
        } else if (!on) {
            emit previewStopped();
        }
    });
    connect(m_keep, &QPushButton::clicked, this, [this] { emit keepRequested(current()); });
    connect(m_discard, &QPushButton::clicked, this, &ResultBrowser::discardRequested);
    updateButtons();
}

void ResultBrowser::setResults(const QList<QImage> &thumbnails, const QStringList &labels)
{
    {
        QSignalBlocker block(m_list);
        m_list->clear();
        m_labels = labels;
        m_ratings = QList<int>(labels.size(), 0);
        for (int i = 0; i < labels.size(); ++i) {
            auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumbnails.value(i))), labels[i], m_list);
            item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
            item->setToolTip(labels[i]);
        }
    }
    m_previewed.clear();
    setPreviewing(false);
    updateButtons();
}

void ResultBrowser::clear() { setResults({}, {}); }

int ResultBrowser::count() const { return m_list->count(); }

int ResultBrowser::current() const { return m_list->currentRow(); }

void ResultBrowser::setCurrent(int index) { m_list->setCurrentRow(index); }

void ResultBrowser::setPreviewing(bool on)
{
    QSignalBlocker block(m_preview);
    m_preview->setChecked(on);
    m_preview->setIcon(Theme::icon(on ? "media-playback-stop" : "media-playback-start"));
}

bool ResultBrowser::isPreviewing() const { return m_preview->isChecked(); }

bool ResultBrowser::flipPreview()
{
    if (m_previewed.size() < 2)
        return false;
    const int other = m_previewed[1];
    {
        QSignalBlocker block(m_list);   // one preview request, below
        m_list->setCurrentRow(other);
    }
    emit currentChanged(other);
    notePreviewed(other);
    setPreviewing(true);
    emit previewRequested(other);
    updateButtons();
    return true;
}

void ResultBrowser::notePreviewed(int index)
{
    m_previewed.removeAll(index);
    m_previewed.prepend(index);
    while (m_previewed.size() > 2)
        m_previewed.removeLast();
}

bool ResultBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && flipPreview())
            return true;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && current() >= 0) {
            emit keepRequested(current());
            return true;
        }
        if ((key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus) && current() >= 0) {
            const int wanted = key->key() == Qt::Key_Plus ? 1 : -1;
            rate(current(), rating(current()) == wanted ? 0 : wanted);
            return true;
        }
        if (key->key() == Qt::Key_Escape && isPreviewing()) {
            setPreviewing(false);
            emit previewStopped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResultBrowser::rate(int index, int rating)
{
    if (index < 0 || index >= m_ratings.size() || m_ratings[index] == rating)
        return updateButtons();
    m_ratings[index] = rating;
    showRating(index);
    updateButtons();
    emit ratingChanged(index, rating);
}

void ResultBrowser::showRating(int index)
{
    if (QListWidgetItem *item = m_list->item(index)) {
        const int r = m_ratings.value(index);
        item->setText(m_labels.value(index) + (r > 0 ? QStringLiteral("  ▲") : r < 0 ? QStringLiteral("  ▼") : QString()));
    }
}

void ResultBrowser::updateButtons()
{
    const bool have = current() >= 0;
    m_like->setEnabled(have);
    m_dislike->setEnabled(have);
    m_like->setChecked(have && rating(current()) > 0);
    m_dislike->setChecked(have && rating(current()) < 0);
    m_preview->setEnabled(have);
    m_keep->setEnabled(have);
    m_discard->setEnabled(count() > 0);
}

} // namespace atelier::ui
