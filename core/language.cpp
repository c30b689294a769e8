#include "language.h"

#include <QCoreApplication>
#include <QDate>
#include <QTranslator>

namespace ParScore {
namespace {

Language g_language = Language::Vietnamese;

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
    return displayLocale().toString(double(points) / 100.0, 'f', 2);
}

QString formatSignedPoints(Hundredths points, bool takenAway)
{
    if (points == 0)
        return formatPoints(0);
    return (takenAway ? QStringLiteral("−") : QStringLiteral("+")) + formatPoints(points);
}

QString formatPercent(qint64 hundredthsOfPercent)
{
    return displayLocale().toString(double(hundredthsOfPercent) / 100.0, 'f', 2);
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
        return text;
    }
    return locale.toString(value.toDouble(), 'f', 4) + QStringLiteral("…");
}

QString formatIsoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : isoDate;
}

} // namespace ParScore
