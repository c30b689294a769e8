#pragma once

#include <QStringList>

namespace ParScore {

// The files opened lately, most recent first, shared by both windows (File → Open recent).
namespace RecentFiles {

QStringList list();
void add(const QString &path);

} // namespace RecentFiles

} // namespace ParScore
