#include "undokeys.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace ParScore {

void UndoKeysToWindow::install(QAbstractSpinBox *box)
{
    auto *filter = new UndoKeysToWindow(box);
    box->installEventFilter(filter);
    if (auto *text = box->findChild<QLineEdit *>())
        text->installEventFilter(filter);
}

bool UndoKeysToWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            event->ignore(); // not taken by the box: the shortcut goes to the window
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ParScore
