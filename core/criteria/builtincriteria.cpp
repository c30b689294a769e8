#include "builtincriteria.h"

#include "criteriaparser.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace ParScore {
namespace {

const QString builtinPrefix = QStringLiteral("builtin:");

} // namespace

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        bool leftNumeric = false;
        bool rightNumeric = false;
        const qlonglong l = left[i].toLongLong(&leftNumeric);
        const qlonglong r = right[i].toLongLong(&rightNumeric);
        const int order = leftNumeric && rightNumeric ? (l < r   ? -1
                                                         : l > r ? 1
                                                                 : 0)
                                                      : QString::compare(left[i], right[i]);
        if (order != 0)
            return order < 0 ? -1 : 1;
    }
    return left.size() < right.size() ? -1 : left.size() > right.size() ? 1 : 0;
}

QList<CriteriaSet> BuiltinCriteria::all()
{
    QList<CriteriaSet> sets;
    const QDir dir(QStringLiteral(":/criteria"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        auto set = CriteriaParser::parseFile(dir.filePath(name));
        // A shipped set that does not load is a build defect; the test suite catches it.
        if (set)
            sets.append(std::move(set).value());
    }
    std::sort(sets.begin(), sets.end(), [](const CriteriaSet &a, const CriteriaSet &b) {
        return a.id() != b.id() ? a.id() < b.id() : compareVersions(a.version(), b.version()) < 0;
    });
    return sets;
}

Result<CriteriaSet> BuiltinCriteria::find(const QString &idAndVersion)
{
    const qsizetype at = idAndVersion.indexOf(u'@');
    const QString id = at < 0 ? idAndVersion : idAndVersion.left(at);
    const QString version = at < 0 ? QString() : idAndVersion.mid(at + 1);
    std::optional<CriteriaSet> found;
    for (CriteriaSet &set : all()) {
        if (set.id() == id && (version.isEmpty() || set.version() == version))
            found = std::move(set); // sorted, so the last match is the newest
    }
    if (!found) {
        QStringList names;
        for (const CriteriaSet &set : all())
            names.append(set.id() + u'@' + set.version());
        return Error::invalid(tr("There is no built-in criteria set “%1”. Built-in sets: %2")
                                  .arg(idAndVersion, names.join(QStringLiteral(", "))));
    }
    return std::move(*found);
}

bool BuiltinCriteria::isBuiltinSpec(const QString &spec)
{
    return spec.startsWith(builtinPrefix);
}

Result<CriteriaSet> BuiltinCriteria::load(const QString &spec)
{
    if (isBuiltinSpec(spec))
        return find(spec.mid(builtinPrefix.size()));
    return CriteriaParser::parseFile(spec);
}

} // namespace ParScore
