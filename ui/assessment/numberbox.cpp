#include "numberbox.h"

#include "language.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace ParScore {
namespace {

// What is typed in a box, without its prefix and suffix (" %").
QString typedText(QString text, const QString &prefix, const QString &suffix)
{
    text = text.trimmed();
    if (!prefix.trimmed().isEmpty() && text.startsWith(prefix.trimmed()))
        text.remove(0, prefix.trimmed().size());
    if (!suffix.trimmed().isEmpty() && text.endsWith(suffix.trimmed()))
        text.chop(suffix.trimmed().size());
    return text.trimmed();
}

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

// Checks what is typed in a box before the box itself interprets it. Returns the reason it
// is refused, or nothing; an emptied box is set to its dash first.
template<typename Box, typename Value>
std::optional<QString> checkTyped(Box *box, const TypedNumberRule &rule, Value dash)
{
    const QString text = typedText(box->text(), box->prefix(), box->suffix());
    if (text == box->specialValueText())
        return std::nullopt;
    if (text.isEmpty()) {
        box->setValue(dash);
        return std::nullopt;
    }
    const auto read = TypedNumber::read(text, rule);
    if (!read)
        return read.error().message;
    return std::nullopt;
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
    if (const auto why = checkTyped(this, m_rule, minimum()))
        emit refused(*why);
    interpretText();
}

QValidator::State DecimalBox::validate(QString &input, int &) const
{
    // Anything may be typed; what is not a number the rule takes is refused when entered,
    // with a reason, instead of the keys being swallowed without a word.
    const QString text = typedText(input, prefix(), suffix());
    if (!specialValueText().isEmpty() && text == specialValueText())
        return QValidator::Acceptable;
    return TypedNumber::read(text, m_rule) ? QValidator::Acceptable : QValidator::Intermediate;
}

void DecimalBox::fixup(QString &) const
{
    // Qt's fixup drops the locale's group separator ("1.000" becomes 1000): nothing typed is
    // corrected here, it is taken or refused as it is.
}

double DecimalBox::valueFromText(const QString &text) const
{
    const QString typed = typedText(text, prefix(), suffix());
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
    if (isEnterKey(event)) {
        if (const auto why = checkTyped(this, m_rule, minimum()))
            emit refused(*why);
    }
    QDoubleSpinBox::keyPressEvent(event);
}

void DecimalBox::focusOutEvent(QFocusEvent *event)
{
    if (const auto why = checkTyped(this, m_rule, minimum()))
        emit refused(*why);
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
    if (const auto why = checkTyped(this, m_rule, minimum()))
        emit refused(*why);
    interpretText();
}

QValidator::State WholeNumberBox::validate(QString &input, int &) const
{
    const QString text = typedText(input, prefix(), suffix());
    if (!specialValueText().isEmpty() && text == specialValueText())
        return QValidator::Acceptable;
    return TypedNumber::read(text, m_rule) ? QValidator::Acceptable : QValidator::Intermediate;
}

void WholeNumberBox::fixup(QString &) const
{
    // As DecimalBox::fixup: nothing typed is corrected.
}

int WholeNumberBox::valueFromText(const QString &text) const
{
    const QString typed = typedText(text, prefix(), suffix());
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
    if (isEnterKey(event)) {
        if (const auto why = checkTyped(this, m_rule, minimum()))
            emit refused(*why);
    }
    QSpinBox::keyPressEvent(event);
}

void WholeNumberBox::focusOutEvent(QFocusEvent *event)
{
    if (const auto why = checkTyped(this, m_rule, minimum()))
        emit refused(*why);
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

} // namespace ParScore
