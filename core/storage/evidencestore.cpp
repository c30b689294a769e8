#include "evidencestore.h"

#include "assessmentstore.h"
#include "blobstream.h"
#include "clock.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

namespace ParScore {
namespace {

constexpr qint64 maxEvidenceBytes = qint64(1) << 30; // 1 GiB a document
constexpr int maxNameLength = 150;

// "report.pdf" → "report (2).pdf" until the name is free: not in `taken` (names used so
// far, lower-cased) and nothing at all in the folder under that name, not even a dangling
// symbolic link or a folder, so that writing can never follow a link out of the folder.
QString uniqueName(const QString &folder, const QString &name, QSet<QString> &taken)
{
    const QFileInfo info(name);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : u'.' + info.completeSuffix();
    const QString base = suffix.isEmpty() ? name : name.left(name.size() - suffix.size());
    QString candidate = name;
    for (int n = 2;; ++n) {
        const QFileInfo target(folder + u'/' + candidate);
        if (!taken.contains(candidate.toLower()) && !target.exists() && !target.isSymLink())
            break;
        candidate = QStringLiteral("%1 (%2)%3").arg(base, QString::number(n), suffix);
    }
    taken.insert(candidate.toLower());
    return candidate;
}

} // namespace

QString EvidenceStore::safeFileName(const QString &untrusted)
{
    QString name = untrusted;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1); // drop every folder part, absolute or relative
    QString cleaned;
    for (const QChar c : std::as_const(name)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || QStringView(u"<>:\"|?*").contains(c))
            cleaned += u'_';
        else
            cleaned += c;
    }
    cleaned = cleaned.trimmed();
    while (cleaned.endsWith(u'.') || cleaned.endsWith(u' '))
        cleaned.chop(1);
    while (cleaned.startsWith(u'.'))
        cleaned.remove(0, 1);
    static const QRegularExpression device(
        QStringLiteral(R"(^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(cleaned).hasMatch())
        cleaned.prepend(u'_');
    if (cleaned.size() > maxNameLength) {
        const QString suffix = QFileInfo(cleaned).suffix().left(10);
        cleaned = cleaned.left(maxNameLength - suffix.size() - 1) + u'.' + suffix;
    }
    return cleaned.isEmpty() ? QStringLiteral("evidence") : cleaned;
}

Result<QList<EvidenceInfo>> EvidenceStore::list(const QString &assessmentUuid)
{
    QSqlQuery query(m_file.db());
    query.prepare(QStringLiteral("SELECT e.assessment, e.sha256, e.name, e.mime_type, b.size, "
                                 "e.added_at, e.added_by, e.effective_date "
                                 "FROM evidence e JOIN blobs b ON b.sha256 = e.sha256 WHERE "
                                 "IFNULL(?, '') = '' OR e.assessment = ? "
                                 "ORDER BY e.assessment, e.name, e.sha256"));
    query.addBindValue(assessmentUuid);
    query.addBindValue(assessmentUuid);
    if (!query.exec())
        return Error::unreadable(tr("The evidence of the file cannot be read"));
    QList<EvidenceInfo> result;
    while (query.next()) {
        EvidenceInfo info{
            query.value(0).toString(), query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
            query.value(6).toString(), query.value(7).toString(),   {}, {}};
        QSqlQuery links(m_file.db());
        links.prepare(QStringLiteral("SELECT node, name FROM evidence_links WHERE assessment = ? AND "
                                     "sha256 = ? ORDER BY node"));
        links.addBindValue(info.assessment);
        links.addBindValue(info.sha256);
        if (!links.exec())
            return Error::unreadable(tr("The evidence of the file cannot be read"));
        while (links.next()) {
            info.nodes.append(links.value(0).toString());
            if (!links.value(1).isNull())
                info.linkNames.insert(links.value(0).toString(), links.value(1).toString());
        }
        result.append(info);
    }
    return result;
}

Result<QStringList> EvidenceStore::add(const AssessmentInfo &assessment, const CriteriaSet &set,
                               const QStringList &nodeIds, const QStringList &files,
                               const QString &effectiveDate, const QString &author)
{
    if (assessment.isSealed())
        return Error::invalid(
            tr("The self-assessment of %1 was submitted (sealed); its evidence can no longer be "
               "changed")
                .arg(assessment.agencyCode));
    if (nodeIds.isEmpty())
        return Error::invalid(tr("Name at least one item the evidence supports (--node)"));
    for (const QString &id : nodeIds) {
        if (!set.node(id))
            return Error::invalid(tr("There is no item %1 in the criteria set").arg(id));
    }
    if (!effectiveDate.isEmpty() && !QDate::fromString(effectiveDate, Qt::ISODate).isValid())
        return Error::invalid(
            tr("The effective date “%1” is not a date of the form YYYY-MM-DD").arg(effectiveDate));

    auto loaded = readFiles(files);
    if (!loaded)
        return loaded.error();
    const qint64 now = Clock::nowMs();
    auto written = m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto unsealed = AssessmentStore::requireUnsealed(db, assessment);
        if (!unsealed)
            return unsealed;
        for (const IncomingFile &item : loaded.value()) {
            auto stored = storeDocument(db, assessment, nodeIds, item, effectiveDate, author, now);
            if (!stored)
                return stored;
        }
        return true;
    });
    if (!written)
        return written.error();
    QStringList hashes;
    for (const IncomingFile &item : loaded.value())
        hashes.append(item.sha256);
    return hashes;
}

Result<QList<EvidenceStore::IncomingFile>> EvidenceStore::readFiles(const QStringList &files)
{
    // Each file is read twice in pieces, never whole: once here for its SHA-256 (the key it
    // is stored under) and its type, once into the file.
    QList<IncomingFile> loaded;
    const QMimeDatabase mimes;
    for (const QString &path : files) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return Error::unreadable(tr("Cannot read the evidence file %1").arg(path));
        if (file.size() > maxEvidenceBytes)
            return Error::invalid(tr("%1 is larger than 1 GiB").arg(path));
        IncomingFile item{path, QFileInfo(path).fileName(), {}, file.size(), {}};
        item.mimeType = mimes.mimeTypeForFileNameAndData(item.name, file.peek(4096)).name();
        auto hash = BlobStream::hash(file);
        if (!hash)
            return Error::unreadable(tr("Cannot read the evidence file %1").arg(path));
        item.sha256 = hash.value();
        loaded.append(item);
    }
    return loaded;
}

Result<bool> EvidenceStore::storeDocument(QSqlDatabase &db, const AssessmentInfo &assessment,
                                          const QStringList &nodeIds, const IncomingFile &item,
                                          const QString &effectiveDate, const QString &author, qint64 now)
{
    auto stored = storeBytes(db, item.path, item.sha256, item.size);
    if (!stored)
        return stored;
    auto evidence = execSql(db,
                            QStringLiteral("INSERT OR IGNORE INTO evidence (assessment, sha256, name, mime_type, "
                                           "added_at, added_by, effective_date, modified_at) VALUES (?, ?, ?, ?, ?, "
                                           "?, ?, ?)"),
                            {assessment.uuid, item.sha256, item.name, item.mimeType, now,
                             AssessmentStore::recordedAuthor(author),
                             effectiveDate.isEmpty() ? QVariant() : QVariant(effectiveDate), now});
    if (!evidence)
        return evidence;
    // A stored document added again with a date takes that date (it is logged below).
    if (!effectiveDate.isEmpty()) {
        auto dated = execSql(db,
                             QStringLiteral("UPDATE evidence SET effective_date = ?, modified_at = ? WHERE "
                                            "assessment = ? AND sha256 = ? AND effective_date IS NOT ?"),
                             {effectiveDate, now, assessment.uuid, item.sha256, effectiveDate});
        if (!dated)
            return dated;
    }
    // The document keeps the name it was first stored under; each link the name it was
    // attached under now (a document attached again to an item is renamed there).
    for (const QString &node : nodeIds) {
        auto link = execSql(db,
                            QStringLiteral("INSERT INTO evidence_links (assessment, sha256, node, name, modified_at) "
                                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment, sha256, node) DO UPDATE "
                                           "SET name = excluded.name, modified_at = excluded.modified_at "
                                           "WHERE name IS NOT excluded.name"),
                            {assessment.uuid, item.sha256, node, item.name, now});
        if (!link)
            return link;
    }
    return AssessmentStore::appendLog(db, {{}, assessment.uuid, now, author, QStringLiteral("evidence"),
                                           layerKey(Layer::Self), nodeIds.join(u','), {},
                                           item.name + QStringLiteral(" (") + item.sha256 + u')'
                                               + (effectiveDate.isEmpty() ? QString() : u' ' + effectiveDate)});
}

Result<bool> EvidenceStore::storeBytes(QSqlDatabase &db, const QString &path, const QString &sha256, qint64 size)
{
    QSqlQuery present(db);
    present.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    present.addBindValue(sha256);
    if (!present.exec())
        return Error::unreadable(describeSqlError(present.lastError(), db.databaseName()));
    if (present.next())
        return true; // stored once, however many items or assessments link to it
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(tr("Cannot read the evidence file %1").arg(path));
    return BlobStream::store(db, sha256, file, size);
}

Result<bool> EvidenceStore::setLink(const AssessmentInfo &assessment, const QString &sha256,
                                   const QString &nodeId, const std::optional<QString> &name,
                                   const QString &author)
{
    if (name && name->trimmed().isEmpty())
        return Error::invalid(tr("A document needs a name on the item it supports"));
    return m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto unsealed = AssessmentStore::requireUnsealed(db, assessment);
        if (!unsealed)
            return unsealed;
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT e.name, l.node, l.name FROM evidence e LEFT JOIN evidence_links l "
                                       "ON l.assessment = e.assessment AND l.sha256 = e.sha256 AND l.node = ? "
                                       "WHERE e.assessment = ? AND e.sha256 = ?"));
        current.addBindValue(nodeId);
        current.addBindValue(assessment.uuid);
        current.addBindValue(sha256);
        if (!current.exec())
            return Error::unreadable(describeSqlError(current.lastError(), db.databaseName()));
        if (!current.next())
            return Error::invalid(tr("The evidence %1 is not in this assessment").arg(sha256.left(12)));
        const std::optional<QString> before =
            current.value(1).isNull() ? std::nullopt
                                      : std::optional(current.value(2).isNull() ? current.value(0).toString()
                                                                                : current.value(2).toString());
        if (before == name)
            return true; // already so: nothing to log
        auto changed = name ? execSql(db,
                                      QStringLiteral("INSERT INTO evidence_links (assessment, sha256, node, name, "
                                                     "modified_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment, "
                                                     "sha256, node) DO UPDATE SET name = excluded.name, "
                                                     "modified_at = excluded.modified_at"),
                                      {assessment.uuid, sha256, nodeId, *name, Clock::nowMs()})
                            : execSql(db,
                                      QStringLiteral("DELETE FROM evidence_links WHERE assessment = ? AND "
                                                     "sha256 = ? AND node = ?"),
                                      {assessment.uuid, sha256, nodeId});
        if (!changed)
            return changed;
        const auto described = [&sha256](const std::optional<QString> &link) {
            return link ? *link + QStringLiteral(" (") + sha256 + u')' : QString();
        };
        return AssessmentStore::appendLog(db, {{}, assessment.uuid, Clock::nowMs(), author,
                                               QStringLiteral("evidence"), layerKey(Layer::Self), nodeId,
                                               described(before), described(name)});
    });
}

Result<bool> EvidenceStore::setEffectiveDate(const AssessmentInfo &assessment, const QString &sha256,
                                             const QString &effectiveDate, const QString &author)
{
    if (!effectiveDate.isEmpty() && !QDate::fromString(effectiveDate, Qt::ISODate).isValid())
        return Error::invalid(
            tr("The effective date “%1” is not a date of the form YYYY-MM-DD").arg(effectiveDate));
    return m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto unsealed = AssessmentStore::requireUnsealed(db, assessment);
        if (!unsealed)
            return unsealed;
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT effective_date FROM evidence WHERE assessment = ? AND sha256 = ?"));
        current.addBindValue(assessment.uuid);
        current.addBindValue(sha256);
        if (!current.exec())
            return Error::unreadable(describeSqlError(current.lastError(), db.databaseName()));
        if (!current.next())
            return Error::invalid(tr("The evidence %1 is not in this assessment").arg(sha256.left(12)));
        const QString before = current.value(0).toString();
        if (before == effectiveDate)
            return true;
        auto updated = execSql(db, QStringLiteral("UPDATE evidence SET effective_date = ?, modified_at = ? "
                                                  "WHERE assessment = ? AND sha256 = ?"),
                               {effectiveDate.isEmpty() ? QVariant() : QVariant(effectiveDate), Clock::nowMs(),
                                assessment.uuid, sha256});
        if (!updated)
            return updated;
        return AssessmentStore::appendLog(db, {{}, assessment.uuid, Clock::nowMs(), author,
                                               QStringLiteral("evidence"), layerKey(Layer::Self), sha256,
                                               before, effectiveDate});
    });
}

Result<QByteArray> EvidenceStore::content(const QString &sha256)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto written = writeContent(sha256, buffer);
    if (!written)
        return written.error();
    return bytes;
}

Result<bool> EvidenceStore::writeContent(const QString &sha256, QIODevice &out)
{
    return BlobStream::writeTo(m_file.db(), sha256, out);
}

Result<QStringList> EvidenceStore::extract(const QList<AssessmentInfo> &assessments,
                                           const QString &directory)
{
    QDir root(directory);
    if (!root.exists() && !QDir().mkpath(directory))
        return Error::unreadable(tr("Cannot create the folder %1").arg(directory));
    const QString rootPath = QFileInfo(directory).canonicalFilePath();
    QStringList written;
    for (const AssessmentInfo &assessment : assessments) {
        QString folder = rootPath;
        if (assessments.size() > 1) {
            folder = rootPath + u'/'
                     + safeFileName(assessment.agencyCode + u'-' + assessment.uuid.left(8));
            if (!QDir().mkpath(folder))
                return Error::unreadable(tr("Cannot create the folder %1").arg(folder));
        }
        auto evidence = list(assessment.uuid);
        if (!evidence)
            return evidence.error();
        QSet<QString> taken;
        for (const QString &existing :
             QDir(folder).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot))
            taken.insert(existing.toLower());
        for (const EvidenceInfo &item : evidence.value()) {
            const QString target = folder + u'/' + uniqueName(folder, safeFileName(item.name), taken);
            // Belt and braces: the resolved parent must be the folder we were given.
            if (QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath() != folder)
                return Error::invalid(tr("Refused to write outside %1").arg(directory));
            // Streamed into the file and checked on the way; a document that does not match
            // its fingerprint is not left behind.
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly))
                return Error::unreadable(tr("Cannot write %1: %2").arg(target, file.errorString()));
            auto streamed = writeContent(item.sha256, file);
            if (!streamed) {
                file.cancelWriting();
                return streamed.error();
            }
            if (!file.commit())
                return Error::unreadable(tr("Cannot write %1: %2").arg(target, file.errorString()));
            written.append(target);
        }
    }
    return written;
}

} // namespace ParScore
