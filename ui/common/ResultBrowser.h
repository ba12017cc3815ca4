#pragma once
// One way of showing model results in every instrument: equal tiles with a
// thumbnail and a label (Continue's variations as small piano rolls, the
// sketch alternatives as drawings), and the same buttons under them:
// Audition (music) or Preview (drawings), Keep and Discard, and a thumb up
// and down to rate the selected one (also + and -; pressing it again takes
// the rating back; the tile's label shows it). Double-click or
// Enter keeps a tile; Tab flips the audition between the two tiles
// auditioned last (A/B listening); Escape stops it. The panels own the
// results; this widget only shows them and says what the user asked for.

#include <QImage>
#include <QWidget>

class QListWidget;
class QPushButton;
class QToolButton;

namespace atelier::ui {

class ResultBrowser : public QWidget {
    Q_OBJECT
public:
    // previewText: "Audition" or "Preview"; tile: the thumbnails' size.
    ResultBrowser(const QString &previewText, QSize tile, QWidget *parent = nullptr);

    void setResults(const QList<QImage> &thumbnails, const QStringList &labels);
    void clear();
    int count() const;
    int current() const;   // -1: none
    void setCurrent(int index);

    // The preview button follows what the panel does (checked while a preview plays or shows).
    void setPreviewing(bool on);
    bool isPreviewing() const;
    // Selects and previews the other of the two tiles previewed last; false when fewer were.
    bool flipPreview();
    // The tiles previewed last, most recent first (at most two).
    QList<int> lastPreviewed() const { return m_previewed; }

    QListWidget *list() const { return m_list; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *discardButton() const { return m_discard; }
    QToolButton *likeButton() const { return m_like; }
    QToolButton *dislikeButton() const { return m_dislike; }
    int rating(int index) const { return m_ratings.value(index); }
    // +1, -1 or 0 (no rating) for a tile, as if the user had pressed it.
    void rate(int index, int rating);

signals:
    void currentChanged(int index);
    void previewRequested(int index);
    void previewStopped();
    void keepRequested(int index);
    void discardRequested();
    void ratingChanged(int index, int rating);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void notePreviewed(int index);
    void showRating(int index);

    QListWidget *m_list;
    QPushButton *m_preview, *m_keep, *m_discard;
    QToolButton *m_like, *m_dislike;
    QStringList m_labels;
    QList<int> m_ratings;
    QList<int> m_previewed;
};

} // namespace atelier::ui
