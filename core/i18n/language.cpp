#include "language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTranslator>

#include <algorithm>

namespace ParScore {
namespace {

Language g_language = Language::Vietnamese;

const QChar minusSign(0x2212);

// One minus sign for people: the typographic U+2212, as printed forms have it, not the
// locale's hyphen-minus; and none on a number that reads as zero ("0,00", not "−0,00").
QString withMinusSign(QString text)
{
    const QString hyphen = displayLocale().negativeSign();
    if (!text.startsWith(hyphen))
        return text;
    text.remove(0, hyphen.size());
    const bool readsAsZero = std::none_of(text.cbegin(), text.cend(),
                                          [](QChar c) { return c.isDigit() && c != u'0'; });
    return readsAsZero ? text : minusSign + text;
}

// Replaces the translator in `slot` by one for the catalogue `name` compiled under :/i18n, or
// by none when `name` is empty. The previous translator is removed and deleted, so switching
// back and forth neither stacks translators nor leaks them.
void replaceTranslator(QTranslator *&slot, const QString &name)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    if (name.isEmpty())
        return;
    slot = new QTranslator;
    if (slot->load(name, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(slot);
}

} // namespace

void setLanguage(Language language)
{
    // Ours: every ParScore string. English is the source language, so parscore_en only
    // carries plural forms.
    static QTranslator *ownStrings = nullptr;
    // Qt's own: file dialog, print preview, text-box menus, standard buttons... Qt ships no
    // Vietnamese, so ParScore carries its own (translations/parscore_qt_vi.ts). In English
    // Qt's source texts are shown as they are.
    static QTranslator *qtStrings = nullptr;
    g_language = language;
    const bool vietnamese = language == Language::Vietnamese;
    replaceTranslator(ownStrings,
                      vietnamese ? QStringLiteral("parscore_vi") : QStringLiteral("parscore_en"));
    replaceTranslator(qtStrings, vietnamese ? QStringLiteral("parscore_qt_vi") : QString());
    // Qt's widgets (date boxes, calendars, file types in the file dialog) follow it too.
    QLocale::setDefault(displayLocale());
}

Language currentLanguage()
{
    return g_language;
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString lower = code.toLower();
    if (lower == QLatin1String("vi") || lower.startsWith(QLatin1String("vi_")))
        return Language::Vietnamese;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return Language::English;
    return std::nullopt;
}

QLocale displayLocale()
{
    QLocale locale(g_language == Language::Vietnamese ? QLocale::Vietnamese : QLocale::English,
                   g_language == Language::Vietnamese ? QLocale::Vietnam : QLocale::UnitedKingdom);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString formatPoints(Hundredths points)
{
    return withMinusSign(displayLocale().toString(double(points) / 100.0, 'f', 2));
}

QString formatSignedPoints(Hundredths points, bool takenAway)
{
    if (points == 0)
        return formatPoints(0);
    return (takenAway ? QString(minusSign) : QStringLiteral("+")) + formatPoints(points);
}

QString formatPercent(qint64 hundredthsOfPercent)
{
    return withMinusSign(displayLocale().toString(double(hundredthsOfPercent) / 100.0, 'f', 2));
}

QString formatExact(const Fraction &value)
{
    // 10^4 × value is an integer exactly when the value has at most four decimals.
    const Fraction scaled = value * Fraction(10000, 1);
    const QLocale locale = displayLocale();
    if (scaled.isInteger()) {
        QString text = locale.toString(value.toDouble(), 'f', 4);
        const QChar point = locale.decimalPoint().at(0);
        while (text.contains(point) && text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
        return withMinusSign(text);
    }
    return withMinusSign(locale.toString(value.toDouble(), 'f', 4)) + QStringLiteral("…");
}

QString formatNumber(double value)
{
    // 'f', not 'g': a threshold of a million reads 1000000, not 1E+06.
    return withMinusSign(displayLocale().toString(value, 'f', QLocale::FloatingPointShortest));
}

QString formatIsoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : isoDate;
}

QString formatLocalTime(qint64 msSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(offsetMinutes < 0 ? QString(minusSign) : QStringLiteral("+"))
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QChar(u'0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QChar(u'0'));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm")) + QStringLiteral(" (") + offset + u')';
}

} // namespace ParScore
