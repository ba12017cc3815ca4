#include "main/TransportBar.h"
#include "common/Theme.h"

#include "document/BarGrid.h"
#include "document/TempoMap.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>

namespace atelier::ui {

TransportBar::TransportBar(core::SongDocument *doc, QWidget *parent)
    : QToolBar(tr("Transport"), parent), m_doc(doc)
{
    setObjectName("transportBar");
    auto themedOr = [this](const char *name, QStyle::StandardPixmap fallback) {
        const QIcon icon = Theme::icon(name);
        return icon.isNull() ? style()->standardIcon(fallback) : icon;
    };
    m_rewind = addAction(themedOr("media-skip-backward", QStyle::SP_MediaSkipBackward), tr("Return to Start"));
    m_rewind->setShortcut(QKeySequence(Qt::Key_Home));
    connect(m_rewind, &QAction::triggered, this, &TransportBar::rewindRequested);
    m_play = addAction(themedOr("media-playback-start", QStyle::SP_MediaPlay), tr("Play / Stop"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_play, &QAction::triggered, this, &TransportBar::playToggled);
    m_loop = addAction(Theme::icon("media-playlist-repeat"), tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setShortcut(QKeySequence(Qt::Key_L));
    m_loop->setToolTip(tr("Loop the region marked on the ruler (L)"));
    connect(m_loop, &QAction::triggered, this, [this](bool on) {
        core::LoopRegion loop = m_doc->song().loop;
        if (!loop.isValid()) {  // no region yet: loop the first four bars
            const core::BarGrid bars(m_doc->song());
            loop = {0, bars.barStart(5), true};
        }
        loop.enabled = on;
        if (!m_doc->requestSetLoop(loop))
            syncFromDocument();
    });
    addSeparator();
    m_position = new QLabel(this);
    m_position->setObjectName("positionLabel");
    m_position->setMinimumWidth(150);
    m_position->setStyleSheet("font-family: monospace; font-size: 13px; padding: 0 8px;");
    addWidget(m_position);
    addSeparator();
    addWidget(new QLabel(tr(" Tempo "), this));
    m_tempo = new QDoubleSpinBox(this);
    m_tempo->setObjectName("tempoSpin");
    m_tempo->setRange(10, 400);
    m_tempo->setDecimals(1);
    m_tempo->setSuffix(tr(" bpm"));
    m_tempo->setKeyboardTracking(false);
    connect(m_tempo, &QDoubleSpinBox::valueChanged, this, [this](double bpm) {
        if (!m_syncing)
            m_doc->requestSetTempo(bpm);
    });
    addWidget(m_tempo);
    addWidget(new QLabel(tr("  Time "), this));
    m_numerator = new QSpinBox(this);
    m_numerator->setRange(1, 32);
    m_numerator->setKeyboardTracking(false);
    addWidget(m_numerator);
    addWidget(new QLabel(" / ", this));
    m_denominator = new QComboBox(this);
    for (int d : {1, 2, 4, 8, 16, 32})
        m_denominator->addItem(QString::number(d), d);
    addWidget(m_denominator);
    auto setSig = [this] {
        if (!m_syncing)
            m_doc->requestSetTimeSignature(m_numerator->value(), m_denominator->currentData().toInt());
    };
    connect(m_numerator, &QSpinBox::valueChanged, this, setSig);
    connect(m_denominator, &QComboBox::currentIndexChanged, this, setSig);
    connect(doc, &core::SongDocument::timelineChanged, this, &TransportBar::syncFromDocument);
    syncFromDocument();
    setPosition(0);
}

void TransportBar::syncFromDocument()
{
    m_syncing = true;
    const core::Song &s = m_doc->song();
    m_tempo->setValue(s.tempos.isEmpty() ? core::kDefaultTempo_bpm : s.tempos.first().bpm);
    const core::TimeSignature sig = s.timeSignatures.isEmpty() ? core::TimeSignature{}
                                                               : s.timeSignatures.first();
    m_numerator->setValue(sig.numerator);
    m_denominator->setCurrentIndex(std::max(0, m_denominator->findData(sig.denominator)));
    m_loop->setChecked(s.loop.enabled && s.loop.isValid());
    m_syncing = false;
}

void TransportBar::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
}

void TransportBar::setPosition(core::Tick tick)
{
    const core::Song &s = m_doc->song();
    const double sec = core::TempoMap(s).tickToSeconds(tick);
    m_position->setText(QStringLiteral("%1   %2:%3")
                            .arg(core::BarGrid(s).positionText(tick), -10)
                            .arg(int(sec) / 60)
                            .arg(sec - 60 * (int(sec) / 60), 6, 'f', 3, QLatin1Char('0')));
}

} // namespace atelier::ui
