#include "recentfiles.h"

#include <QSettings>

namespace ParScore {

namespace {
const QString key = QStringLiteral("recentFiles");
constexpr int kept = 8;
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList recent = list();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(key, recent.mid(0, kept));
}

} // namespace ParScore
