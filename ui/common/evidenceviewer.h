#pragma once

#include <QString>

class QWidget;

namespace ParScore {

// Opens an evidence document of a .parx with the system's viewer: a fresh copy in the
// user's own cache (not a shared temporary folder), under a safe form of its name (never
// the stored name as a path), marked read-only so that nobody mistakes it for the file's
// own. False, with a dialog, when it cannot be copied or nothing opens it.
namespace EvidenceViewer {

bool open(QWidget *parent, const QString &parxPath, const QString &sha256, const QString &name);

} // namespace EvidenceViewer

} // namespace ParScore
