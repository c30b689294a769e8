#include "numberbox.h"

#include "language.h"

#include <QKeyEvent>
#include <QScopedValueRollback>

namespace ParScore {
namespace {

// What is typed in a box, without its prefix, its suffix (" %") and the dash it showed
// when the officer started typing after it.
QString typedText(QString text, const QString &prefix, const QString &suffix, const QString &dash)
{
    text = text.trimmed();
    if (!prefix.trimmed().isEmpty() && text.startsWith(prefix.trimmed()))
        text.remove(0, prefix.trimmed().size());
    if (!suffix.trimmed().isEmpty() && text.endsWith(suffix.trimmed()))
        text.chop(suffix.trimmed().size());
    text = text.trimmed();
    if (!dash.isEmpty() && text.size() > dash.size() && text.startsWith(dash))
        text.remove(0, dash.size());
    return text.trimmed();
}

template<typename Box>
QString typedIn(const Box *box, const QString &text)
{
    return typedText(text, box->prefix(), box->suffix(), box->specialValueText());
}

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

template<typename Box>
QValidator::State validateTyped(const Box *box, const QString &input, const TypedNumberRule &rule)
{
    // Anything may be typed; what is not a number the rule takes is refused when entered,
    // with a reason, instead of the keys being swallowed without a word.
    const QString text = typedIn(box, input);
    if (!box->specialValueText().isEmpty() && text == box->specialValueText())
        return QValidator::Acceptable;
    return TypedNumber::read(text, rule) ? QValidator::Acceptable : QValidator::Intermediate;
}

// Checks what is typed before the box itself interprets it, and says so: the reason it is
// refused, or empty when it is taken (an emptied box is set to its dash first).
template<typename Box, typename Value>
void checkTyped(Box *box, const TypedNumberRule &rule, Value dash)
{
    const QString text = typedIn(box, box->text());
    QString why;
    if (text.isEmpty())
        box->setValue(dash);
    else if (text != box->specialValueText()) {
        const auto read = TypedNumber::read(text, rule);
        if (!read)
            why = read.error().message;
    }
    emit box->refusalChanged(why);
}

QString plainNumber(double value, int decimals)
{
    QString text = displayLocale().toString(value, 'f', decimals);
    if (text.startsWith(u'-'))
        text.replace(0, 1, QChar(0x2212)); // one minus sign everywhere
    return text;
}

} // namespace

DecimalBox::DecimalBox(const TypedNumberRule &rule, QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_rule(rule)
{
    setDecimals(rule.decimals);
    setLocale(displayLocale());
}

void DecimalBox::enterTyped()
{
    checkTyped(this, m_rule, minimum());
    interpretText();
}

void DecimalBox::stepBy(int steps)
{
    const QScopedValueRollback stepping(m_stepping, true);
    // From the dash, the first step up goes to where scoring starts (0 for most items),
    // not to the far end of the box's range.
    if (m_start && steps > 0 && value() == minimum() && !specialValueText().isEmpty()) {
        setValue(*m_start);
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

QValidator::State DecimalBox::validate(QString &input, int &) const
{
    return validateTyped(this, input, m_rule);
}

void DecimalBox::fixup(QString &) const
{
    // Qt's fixup drops the locale's group separator ("1.000" becomes 1000): nothing typed is
    // corrected here, it is taken or refused as it is.
}

double DecimalBox::valueFromText(const QString &text) const
{
    const QString typed = typedIn(this, text);
    if (typed == specialValueText())
        return minimum();
    const auto read = TypedNumber::read(typed, m_rule);
    return read ? read.value().toDouble() : value();
}

QString DecimalBox::textFromValue(double value) const
{
    return plainNumber(value, decimals());
}

void DecimalBox::keyPressEvent(QKeyEvent *event)
{
    if (isEnterKey(event))
        checkTyped(this, m_rule, minimum());
    QDoubleSpinBox::keyPressEvent(event);
}

void DecimalBox::focusOutEvent(QFocusEvent *event)
{
    checkTyped(this, m_rule, minimum());
    QDoubleSpinBox::focusOutEvent(event);
}

WholeNumberBox::WholeNumberBox(const TypedNumberRule &rule, QWidget *parent)
    : QSpinBox(parent)
    , m_rule(rule)
{
    setLocale(displayLocale());
}

void WholeNumberBox::enterTyped()
{
    checkTyped(this, m_rule, minimum());
    interpretText();
}

void WholeNumberBox::stepBy(int steps)
{
    const QScopedValueRollback stepping(m_stepping, true);
    QSpinBox::stepBy(steps);
}

QValidator::State WholeNumberBox::validate(QString &input, int &) const
{
    return validateTyped(this, input, m_rule);
}

void WholeNumberBox::fixup(QString &) const
{
    // As DecimalBox::fixup: nothing typed is corrected.
}

int WholeNumberBox::valueFromText(const QString &text) const
{
    const QString typed = typedIn(this, text);
    if (typed == specialValueText())
        return minimum();
    const auto read = TypedNumber::read(typed, m_rule);
    return read ? int(read.value().numerator()) : value();
}

QString WholeNumberBox::textFromValue(int value) const
{
    return plainNumber(value, 0);
}

void WholeNumberBox::keyPressEvent(QKeyEvent *event)
{
    if (isEnterKey(event))
        checkTyped(this, m_rule, minimum());
    QSpinBox::keyPressEvent(event);
}

void WholeNumberBox::focusOutEvent(QFocusEvent *event)
{
    checkTyped(this, m_rule, minimum());
    QSpinBox::focusOutEvent(event);
}

void enterTypedNumber(QAbstractSpinBox *box)
{
    if (auto *decimal = qobject_cast<DecimalBox *>(box))
        decimal->enterTyped();
    else if (auto *whole = qobject_cast<WholeNumberBox *>(box))
        whole->enterTyped();
    else if (box)
        box->interpretText();
}

bool isSteppingNumber(const QAbstractSpinBox *box)
{
    if (const auto *decimal = qobject_cast<const DecimalBox *>(box))
        return decimal->isStepping();
    const auto *whole = qobject_cast<const WholeNumberBox *>(box);
    return whole && whole->isStepping();
}

} // namespace ParScore
