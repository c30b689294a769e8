#pragma once

#include "parxfile.h"
#include "result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace ParScore {

// A .parx as a window holds it: open for editing with the lock file beside it, or to look
// only. Both windows (the officer's and the inspectors') open their files through here, so
// a file is edited by one window at a time and a file that cannot be changed where it is
// opens to be looked at, saying why.
struct WindowFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::WindowFile)

public:
    enum class Access
    {
        Edit,    // this window's own: editing holds the file for this program alone
        ReadOnly // look only, e.g. while another window or program edits it
    };

    enum class Checks
    {
        Rows,    // every row checked now (documents are checked whenever they are read)
        Deferred // the caller checks them itself, e.g. beside reading (Overview::open)
    };
    static Result<WindowFile> open(const QString &path, Access access, Checks checks = Checks::Rows);

    std::unique_ptr<QLockFile> lock; // held while open for editing (none on read-only media)
    std::unique_ptr<ParxFile> file;
    bool readOnly = false;  // opened to look only
    QString readOnlyOnDisk; // why, when editing was asked for but the file cannot change
};

} // namespace ParScore
