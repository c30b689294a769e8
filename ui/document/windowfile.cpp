#include "windowfile.h"

#include "editlock.h"
#include "parxvalidator.h"

namespace ParScore {

Result<WindowFile> WindowFile::open(const QString &path, Access access, Checks checks)
{
    WindowFile opened;
    opened.readOnlyOnDisk = access == Access::Edit ? ParxFile::whyReadOnlyOnDisk(path) : QString();
    if (!opened.readOnlyOnDisk.isEmpty())
        access = Access::ReadOnly;
    // Two windows editing one file would each show and undo what the other no longer has.
    if (access == Access::Edit) {
        bool heldElsewhere = false;
        opened.lock = EditLock::take(path, &heldElsewhere);
        if (heldElsewhere)
            return Error::unreadable(tr("%1 is being edited in another window or program (%2); open it "
                                        "read-only, or close it there first")
                                         .arg(path, EditLock::holder(path)));
    }
    // Deferred: the caller checks the file whole on another connection (Overview::open) before
    // anything of it is shown, so opening here only connects.
    auto file = ParxFile::open(path, access == Access::Edit ? ParxFile::Mode::ReadWrite : ParxFile::Mode::ReadOnly,
                               checks == Checks::Deferred ? ParxFile::Checks::CheckedBefore : ParxFile::Checks::Full);
    if (!file)
        return file.error();
    if (checks == Checks::Rows) {
        auto valid = ParxValidator::validate(*file.value(), ParxValidator::Depth::Rows);
        if (!valid)
            return valid.error();
    }
    opened.file = std::move(file).value();
    opened.readOnly = access == Access::ReadOnly;
    return opened;
}

} // namespace ParScore
