#pragma once

#include <QString>

namespace ParScore {

// Text as a search box compares it: lower case, Vietnamese tone and vowel marks removed and
// đ read as d, so "so tu phap" finds "Sở Tư pháp" — people type without marks on a hurried
// keyboard, and with marks on another.
QString searchFolded(const QString &text);

} // namespace ParScore
