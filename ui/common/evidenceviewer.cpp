#include "evidenceviewer.h"

#include "evidencestore.h"
#include "messages.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace ParScore {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EvidenceViewer)
};
} // namespace

bool EvidenceViewer::open(QWidget *parent, const QString &parxPath, const QString &sha256, const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                           + QStringLiteral("/evidence/") + sha256.left(16);
    const QString path = folder + u'/' + EvidenceStore::safeFileName(name);
    const auto copied = [&]() -> Result<bool> {
        // The store reads the bytes lazily and checks them against the fingerprint.
        auto file = ParxFile::open(parxPath, ParxFile::Mode::ReadOnly);
        if (!file)
            return file.error();
        const Error notCopied = Error::unreadable(
            Text::tr("Could not make a copy of %1 to open: %2").arg(name, QDir::toNativeSeparators(path)));
        // Written each time: a viewer may have changed the last copy.
        if (QFile::exists(path)) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QFile::remove(path);
        }
        QSaveFile out(path); // a viewer never sees half a copy
        if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly))
            return notCopied;
        auto written = EvidenceStore(*file.value()).writeContent(sha256, out); // in pieces, checked
        if (!written) {
            out.cancelWriting();
            return written.error();
        }
        if (!out.commit())
            return notCopied;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        return true;
    }();
    if (!copied) {
        Messages::showError(parent, copied.error());
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        Messages::showError(parent, Error::invalid(Text::tr("No program on this computer opens %1. The copy is at %2")
                                                       .arg(name, QDir::toNativeSeparators(path))));
        return false;
    }
    return true;
}

} // namespace ParScore
