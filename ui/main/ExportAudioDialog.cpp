#include "main/ExportAudioDialog.h"

#include "common/ComboItems.h"
#include "document/BarGrid.h"

#include <QComboBox>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace atelier::ui {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ExportAudioDialog::ExportAudioDialog(const core::Song &song, std::pair<core::Tick, core::Tick> selection,
                                     QWidget *parent)
    : QDialog(parent), m_song(song), m_selection(selection)
{
    setWindowTitle(tr("Export Audio"));
    auto *form = new QFormLayout;

    m_range = new QComboBox(this);
    m_range->setObjectName("exportRange");
    m_range->addItem(tr("Whole song"), WholeSong);
    m_range->addItem(tr("Loop region"), LoopRegion);
    m_range->addItem(tr("Selected notes"), Selection);
    m_range->addItem(tr("Bars"), Bars);
    setComboItemEnabled(m_range, LoopRegion, song.loop.isValid());
    setComboItemEnabled(m_range, Selection, selection.second > selection.first);
    form->addRow(tr("Render"), m_range);

    const core::BarGrid grid(song);
    const int lastBar = std::max(1, grid.positionText(std::max<core::Tick>(0, song.endTick() - 1)).section(QLatin1Char('.'), 0, 0).toInt());
    m_firstBar = new QSpinBox(this);
    m_lastBar = new QSpinBox(this);
    for (QSpinBox *s : {m_firstBar, m_lastBar})
        s->setRange(1, std::max(lastBar, 9999));
    m_firstBar->setValue(1);
    m_lastBar->setValue(lastBar);
    auto *bars = new QHBoxLayout;
    bars->addWidget(m_firstBar);
    bars->addWidget(new QLabel(tr("to"), this));
    bars->addWidget(m_lastBar);
    bars->addStretch(1);
    form->addRow(tr("Bars"), bars);

    m_rate = new QComboBox(this);
    m_rate->setObjectName("exportRate");
    for (int r : {44100, 48000, 88200, 96000})
        m_rate->addItem(tr("%1 Hz").arg(r), r);
    form->addRow(tr("Sample rate"), m_rate);

    m_bits = new QComboBox(this);
    m_bits->setObjectName("exportBits");
    m_bits->addItem(tr("16-bit (CD)"), QStringLiteral("16"));
    m_bits->addItem(tr("24-bit (studio)"), QStringLiteral("24"));
    m_bits->addItem(tr("32-bit float (no clipping)"), QStringLiteral("32f"));
    m_bits->setToolTip(tr("Bits per sample: 16 for listening and CDs, 24 or 32-bit float for further mixing"));
    form->addRow(tr("Bit depth"), m_bits);

    m_type = new QComboBox(this);
    m_type->setObjectName("exportType");
    m_type->addItem(tr("WAV"), QStringLiteral("wav"));
    m_type->addItem(tr("FLAC (lossless, smaller)"), QStringLiteral("flac"));
    form->addRow(tr("File type"), m_type);

    // The last choices, where they still apply.
    QSettings settings;
    selectData(m_rate, settings.value("export/audio/rate", 44100));
    selectData(m_bits, settings.value("export/audio/bits", QStringLiteral("16")));
    selectData(m_type, settings.value("export/audio/type", QStringLiteral("wav")));
    selectData(m_range, song.loop.isValid() && song.loop.enabled ? LoopRegion : WholeSong);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QComboBox *c : {m_range, m_bits, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportAudioDialog::update);
    connect(m_firstBar, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_lastBar->value() < v)
            m_lastBar->setValue(v);
    });
    connect(m_lastBar, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_firstBar->value() > v)
            m_firstBar->setValue(v);
    });
    update();
}

void ExportAudioDialog::update()
{
    const bool bars = m_range->currentData().toInt() == Bars;
    m_firstBar->setEnabled(bars);
    m_lastBar->setEnabled(bars);
    // FLAC holds integer samples only: 32-bit float is a WAV choice.
    const bool flac = m_type->currentData().toString() == QLatin1String("flac");
    setComboItemEnabled(m_bits, 2, !flac);
    if (flac && m_bits->currentData().toString() == QLatin1String("32f"))
        m_bits->setCurrentIndex(1);
}

core::RenderOptions ExportAudioDialog::options() const
{
    core::RenderOptions o;
    o.sampleRate = m_rate->currentData().toInt();
    o.sampleFormat = core::OfflineRenderer::sampleFormatFor(m_bits->currentData().toString())
                         .value_or(core::SampleFormat::Pcm16);
    o.container = suffix() == QLatin1String("flac") ? core::AudioContainer::Flac : core::AudioContainer::Wav;
    switch (m_range->currentData().toInt()) {
    case LoopRegion:
        o.loopRegionOnly = true;
        break;
    case Selection:
        o.rangeStart = m_selection.first;
        o.rangeEnd = m_selection.second;
        break;
    case Bars: {
        const core::BarGrid grid(m_song);
        o.rangeStart = grid.barStart(m_firstBar->value());
        o.rangeEnd = grid.barStart(m_lastBar->value() + 1);
        break;
    }
    default:
        break;
    }
    return o;
}

QString ExportAudioDialog::suffix() const { return m_type->currentData().toString(); }

void ExportAudioDialog::accept()
{
    QSettings settings;
    settings.setValue("export/audio/rate", m_rate->currentData());
    settings.setValue("export/audio/bits", m_bits->currentData());
    settings.setValue("export/audio/type", m_type->currentData());
    QDialog::accept();
}

} // namespace atelier::ui
