#include "evidenceviewer.h"

#include "evidencestore.h"
#include "messages.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
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

QString EvidenceViewer::whyNotOpened(const QString &path, const QString &name)
{
    // Kinds of documents agencies attach; anything else is not opened from here.
    static const QStringList documents = {
        QStringLiteral("pdf"),  QStringLiteral("doc"),  QStringLiteral("docx"), QStringLiteral("xls"),
        QStringLiteral("xlsx"), QStringLiteral("ods"),  QStringLiteral("odt"),  QStringLiteral("odp"),
        QStringLiteral("ppt"),  QStringLiteral("pptx"), QStringLiteral("rtf"),  QStringLiteral("txt"),
        QStringLiteral("csv"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("gif"),  QStringLiteral("bmp"),  QStringLiteral("tif"),  QStringLiteral("tiff"),
        QStringLiteral("webp")};
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (!documents.contains(suffix))
        return Text::tr("%1 is not a kind of document ParScore opens (%2): it could be a program. The copy is "
                        "at %3")
            .arg(name, suffix.isEmpty() ? Text::tr("no extension") : u'.' + suffix, QDir::toNativeSeparators(path));
    // The bytes must be what the name says: a program renamed .pdf is not opened.
    const QMimeDatabase types;
    const QMimeType byName = types.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    const QMimeType byContent = types.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    const bool agree = byContent == byName || byName.inherits(byContent.name()) || byContent.inherits(byName.name())
                       || (byContent.isDefault() && byName.inherits(QStringLiteral("text/plain")));
    if (!agree)
        return Text::tr("%1 is named as %2 but its content is %3: it is not opened. The copy is at %4")
            .arg(name, byName.comment(), byContent.comment(), QDir::toNativeSeparators(path));
    return {};
}

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
    if (const QString refusal = whyNotOpened(path, name); !refusal.isEmpty()) {
        Messages::showError(parent, Error::invalid(refusal));
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
