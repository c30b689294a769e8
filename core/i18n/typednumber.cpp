#include "typednumber.h"

#include "language.h"

namespace ParScore {
namespace {

// More digits than any box shows; a number this long is refused before it can overflow.
constexpr int maxDigits = 18;

bool isSeparator(QChar c)
{
    return c == u',' || c == u'.';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

} // namespace

Result<Fraction> TypedNumber::read(const QString &typed, const TypedNumberRule &rule)
{
    const QString text = typed.trimmed();
    const QString quoted = QStringLiteral("“") + text + QStringLiteral("”");
    if (text.isEmpty())
        return Error::invalid(tr("Enter a number."));
    qsizetype pos = 0;
    const bool negative = isMinus(text[0]);
    if (negative || text[0] == u'+')
        ++pos;
    QString whole;
    QString decimals;
    int separators = 0;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c.isDigit() && c.unicode() < 128)
            (separators == 0 ? whole : decimals).append(c);
        else if (isSeparator(c))
            ++separators;
        else if (c.isSpace() && !whole.isEmpty())
            return Error::invalid(tr("%1: write the number without spaces or thousands separators.").arg(quoted));
        else
            return Error::invalid(tr("%1 is not a number.").arg(quoted));
    }
    if (whole.isEmpty() && decimals.isEmpty())
        return Error::invalid(tr("%1 is not a number.").arg(quoted));
    if (rule.decimals == 0 && separators > 0)
        return Error::invalid(tr("%1: enter a whole number, without “,” or “.”.").arg(quoted));
    if (separators > 1)
        return Error::invalid(
            tr("%1: write the number without thousands separators, with one “,” or “.” as the decimal point.")
                .arg(quoted));
    // Three digits after the separator is how a Vietnamese hand writes thousands ("1.000").
    if (decimals.size() == 3 && rule.decimals < 3 && !whole.isEmpty())
        return Error::invalid(tr("%1: thousands separators are not taken (write 1000 for one thousand); a "
                                 "decimal has at most %n digit(s) after the point.",
                                 nullptr, rule.decimals)
                                  .arg(quoted));
    if (decimals.size() > rule.decimals)
        return Error::invalid(tr("%1: at most %n decimal(s).", nullptr, rule.decimals).arg(quoted));
    if (negative && !rule.negative)
        return Error::invalid(tr("%1: the number cannot be negative.").arg(quoted));
    const QString digits = whole + decimals;
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    if (digits.size() - first > maxDigits)
        return Error::invalid(tr("%1 is too large.").arg(quoted));

    Int128 numerator = 0;
    for (const QChar c : digits)
        numerator = numerator * 10 + (c.unicode() - u'0');
    Int128 denominator = 1;
    for (qsizetype i = 0; i < decimals.size(); ++i)
        denominator *= 10;
    const Fraction value(negative ? -numerator : numerator, denominator);
    if (rule.maximum && value > *rule.maximum)
        return Error::invalid(rule.itemBounds ? tr("%1 is more than %2, the most this item takes.")
                                                    .arg(quoted, formatExact(*rule.maximum))
                                              : tr("%1 is too large.").arg(quoted));
    if (rule.minimum && value < *rule.minimum)
        return Error::invalid(rule.itemBounds ? tr("%1 is less than %2, the least this item takes.")
                                                    .arg(quoted, formatExact(*rule.minimum))
                                              : tr("%1 is too small.").arg(quoted));
    return value;
}

} // namespace ParScore
