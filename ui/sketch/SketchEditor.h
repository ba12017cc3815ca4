#pragma once
// The sketch instrument: tool bar (pen, eraser, select, width, clear, zoom,
// import, export), the canvas and the model panel.

#include "sketch/ISketchModel.h"
#include "sketch/SketchDocument.h"
#include "sketch/StrokeModel.h"

#include <QWidget>

class QAction;

namespace atelier::ui {

class DragOutButton;
class SketchCanvas;
class SketchModelPanel;

class SketchEditor : public QWidget {
    Q_OBJECT
public:
    SketchEditor(core::SketchDocument *doc, core::SketchModelLoader loader, QWidget *parent = nullptr);

    SketchCanvas *canvas() const { return m_canvas; }
    SketchModelPanel *modelPanel() const { return m_panel; }
    core::StrokeModel *strokeModel() const { return m_model; }
    QList<QAction *> actions() const { return m_actions; }  // for the menus
    DragOutButton *dragOutButton() const { return m_dragOut; }
    QList<QAction *> toolActions() const { return m_actions.mid(0, 3); }   // Pen, Eraser, Select

    bool importQuickDraw(const QString &path = {});
    bool exportImage(const QString &path = {});

signals:
    void statusMessage(const QString &message);

private:
    core::SketchDocument *m_doc;
    core::StrokeModel *m_model;
    SketchCanvas *m_canvas;
    SketchModelPanel *m_panel;
    QList<QAction *> m_actions;
    DragOutButton *m_dragOut = nullptr;
};

} // namespace atelier::ui
