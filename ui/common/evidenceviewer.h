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

// Why the copy at `path`, named `name` by whoever sent the file, must not be handed to the
// system (empty when it may): only documents (PDF, office files, pictures, text) whose
// bytes are what their name says are opened — never a program or script dressed as a
// scan ("Quyết định.pdf.exe", a .pdf that is an executable), which the system would run.
QString whyNotOpened(const QString &path, const QString &name);

} // namespace EvidenceViewer

} // namespace ParScore
