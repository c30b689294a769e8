#pragma once

#include "typednumber.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ParScore {

// Spin boxes that read what people type through TypedNumber: "," or "." as the decimal
// point, no thousands grouping, nothing rounded or clamped. A text the rule does not take
// is refused when it is entered (Enter, leaving the box, or the panel going): the box says
// why through refused() and goes back to the value it had. Its lowest value is the dash of
// an item not scored; an emptied box goes to the dash.
class DecimalBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    DecimalBox(const TypedNumberRule &rule, QWidget *parent = nullptr);
    // Enters what is typed, or refuses it (with refused()); the panel calls it before it goes.
    void enterTyped();

signals:
    void refused(const QString &why);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TypedNumberRule m_rule;
};

// The same for whole numbers (counts, numerators, totals): no separator at all.
class WholeNumberBox : public QSpinBox
{
    Q_OBJECT

public:
    WholeNumberBox(const TypedNumberRule &rule, QWidget *parent = nullptr);
    void enterTyped();

signals:
    void refused(const QString &why);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TypedNumberRule m_rule;
};

// Enters what is typed in `box` when it is one of the boxes above (no-op otherwise).
void enterTypedNumber(QAbstractSpinBox *box);

} // namespace ParScore
