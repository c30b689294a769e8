#pragma once

#include "typednumber.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ParScore {

// Spin boxes that read what people type through TypedNumber: "," or "." as the decimal
// point, no thousands grouping, nothing rounded or clamped. A text the rule does not take
// is refused when it is entered (Enter, leaving the box, or the panel going): the box says
// why through refusalChanged() and goes back to the value it had. Its lowest value is the
// dash of an item not scored (typing over the dash replaces it); an emptied box goes to
// the dash; the arrows from the dash start at the box's start value.
class DecimalBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    DecimalBox(const TypedNumberRule &rule, QWidget *parent = nullptr);
    // Enters what is typed, or refuses it; the panel calls it before it goes.
    void enterTyped();
    // Where the arrows go from the dash (the lowest real value when not set).
    void setStartValue(double value) { m_start = value; }
    // True while the value changes by the arrows, the wheel or Page Up/Down.
    bool isStepping() const { return m_stepping; }
    void stepBy(int steps) override;

signals:
    // Why typed text was not taken; empty once typed text is taken again.
    void refusalChanged(const QString &why);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TypedNumberRule m_rule;
    std::optional<double> m_start;
    bool m_stepping = false;
};

// The same for whole numbers (counts, numerators, totals): no separator at all.
class WholeNumberBox : public QSpinBox
{
    Q_OBJECT

public:
    WholeNumberBox(const TypedNumberRule &rule, QWidget *parent = nullptr);
    void enterTyped();
    bool isStepping() const { return m_stepping; }
    void stepBy(int steps) override;

signals:
    void refusalChanged(const QString &why);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TypedNumberRule m_rule;
    bool m_stepping = false;
};

// Enters what is typed in `box` when it is one of the boxes above (no-op otherwise).
void enterTypedNumber(QAbstractSpinBox *box);
// Whether the box's current change comes from stepping (arrows, wheel), not typing.
bool isSteppingNumber(const QAbstractSpinBox *box);

} // namespace ParScore
