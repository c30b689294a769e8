#pragma once

#include <QObject>

class QAbstractSpinBox;

namespace ParScore {

// A number is written as soon as it is entered, so Ctrl+Z (and the redo keys) in its box
// mean "undo the last edit" (the window's Undo), not "undo my typing" (the box's own).
class UndoKeysToWindow : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the box and its line edit; the filter belongs to the box.
    static void install(QAbstractSpinBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ParScore
