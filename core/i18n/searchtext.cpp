#include "searchtext.h"

namespace ParScore {

QString searchFolded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ: a letter of its own, not d with a mark
            folded.append(QLatin1Char('d'));
        else
            folded.append(c.toLower());
    }
    return folded;
}

} // namespace ParScore
