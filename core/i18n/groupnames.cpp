#include "groupnames.h"

#include <QCoreApplication>

namespace ParScore {

QString groupName(const QString &unitKind)
{
    if (unitKind == QLatin1String("so"))
        return QCoreApplication::translate("ParScore::Group", "Departments, boards and sectors");
    if (unitKind == QLatin1String("xa"))
        return QCoreApplication::translate("ParScore::Group", "Communes");
    if (unitKind == QLatin1String("phuong"))
        return QCoreApplication::translate("ParScore::Group", "Wards");
    return unitKind;
}

} // namespace ParScore
