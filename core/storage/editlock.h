#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ParScore {

// Marks a .parx as open for editing by one program: a hidden lock file beside it
// (.NAME.parx.lock), as office programs do. Other windows and the command line read the
// mark and say so, instead of working from a view that the editing program will not see.
// A mark whose process has died on this computer counts for nothing.
class EditLock
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EditLock)

public:
    // Takes the mark for this program. nullptr when another live program holds it
    // (`heldElsewhere` set) or when the folder takes no lock file (read-only media).
    static std::unique_ptr<QLockFile> take(const QString &parxPath, bool *heldElsewhere);
    // Who holds the mark ("parscore on HOST, process N"), or empty when nobody does.
    static QString holder(const QString &parxPath);
    // Removes a mark the officer knows to be left over (e.g. copied from another computer).
    static bool release(const QString &parxPath);

private:
    static QString lockPath(const QString &parxPath);
};

} // namespace ParScore
