#pragma once

#include "fraction.h"

#include <QLocale>
#include <QString>

namespace ParScore {

// The user-interface language. Vietnamese is the default; source strings are English.
enum class Language
{
    Vietnamese,
    English
};

// Installs the translations compiled into the core for `language` (ParScore's strings and,
// in Vietnamese, Qt's own: dialogs, menus, buttons) and makes it the language that numbers
// are formatted in. Needs a QCoreApplication.
void setLanguage(Language language);
Language currentLanguage();
// "vi"/"en" (also accepts "vi_VN", "en_US"); nullopt for anything else.
std::optional<Language> languageFromCode(const QString &code);

// Numbers as a person reads them in the current language: "1,80" in Vietnamese; negatives
// with the minus sign U+2212 ("−1,75"), never on zero; never grouped in thousands ("4812").
// JSON and files keep machine numbers (scorejson.h), not these.
QLocale displayLocale();
QString formatPoints(Hundredths points);           // always two decimals: 1,80
QString formatPercent(qint64 hundredthsOfPercent); // two decimals, no plus sign: 97,50
// Points added (+1,00) or taken away (−0,50); 0,00 with no sign.
QString formatSignedPoints(Hundredths points, bool takenAway);
// An exact value: its decimal form when it has at most four decimals (0,145),
// otherwise rounded to four decimals with an ellipsis (0,6667…).
QString formatExact(const Fraction &value);
// A number as it was entered (a count, a tier's threshold): its shortest exact decimal form.
QString formatNumber(double value);
// A date stored as YYYY-MM-DD the way Vietnamese papers write it: 10/01/2026. Text that is
// not such a date is returned as it is.
QString formatIsoDate(const QString &isoDate);
// A moment (ms since the epoch) in the local time zone, with that zone's offset so that it
// reads the same anywhere: "10/01/2026 14:05 (+07:00)". The scorecard and `show` use it.
QString formatLocalTime(qint64 msSinceEpoch);

} // namespace ParScore
