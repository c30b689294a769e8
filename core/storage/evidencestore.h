#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// Evidence documents embedded in a .parx: stored once by SHA-256 however many items or
// assessments link to them, and read only when asked for (listing never loads contents).
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EvidenceStore)

public:
    explicit EvidenceStore(ParxFile &file)
        : m_file(file)
    {}

    // Evidence of one assessment, or of all with an empty UUID; sorted by name.
    Result<QList<EvidenceInfo>> list(const QString &assessmentUuid = {});
    // Embeds `files` and links each to every node of `nodeIds` under the file's name, in one
    // transaction. `effectiveDate` is YYYY-MM-DD or empty. Returns the SHA-256 of each file,
    // in the order of `files`.
    Result<QStringList> add(const AssessmentInfo &assessment, const CriteriaSet &set,
                    const QStringList &nodeIds, const QStringList &files,
                    const QString &effectiveDate, const QString &author);
    // Links an embedded document to an item under `name`, renames the link, or unlinks it
    // (nullopt; the document stays in the file, so that relinking, e.g. by undo, needs
    // nothing but the link).
    Result<bool> setLink(const AssessmentInfo &assessment, const QString &sha256,
                         const QString &nodeId, const std::optional<QString> &name,
                         const QString &author);
    // Sets (YYYY-MM-DD) or clears (empty) the date a document takes effect, with a log entry.
    Result<bool> setEffectiveDate(const AssessmentInfo &assessment, const QString &sha256,
                                  const QString &effectiveDate, const QString &author);
    // The stored bytes of one document, checked against its SHA-256 (small documents;
    // writeContent streams).
    Result<QByteArray> content(const QString &sha256);
    // Writes the stored bytes of one document to `out` in pieces, checking its SHA-256.
    Result<bool> writeContent(const QString &sha256, QIODevice &out);
    // Writes the documents of `assessments` into `directory` (one sub-folder per agency
    // when there are several) and returns the paths written. Stored names are never
    // trusted as paths: nothing is written outside `directory`.
    Result<QStringList> extract(const QList<AssessmentInfo> &assessments, const QString &directory);

    // A plain file name made from an untrusted one: no folders, no device names, no
    // control or reserved characters, never empty.
    static QString safeFileName(const QString &untrusted);

    struct IncomingFile
    {
        QString path;
        QString name;
        QString sha256;
        qint64 size = 0;
        QString mimeType;
    };
    // Reads each file's name, size, type and SHA-256 (in pieces), refusing unreadable or too large ones.
    static Result<QList<IncomingFile>> readFiles(const QStringList &files);
    // Stores the bytes of the file at `path` unless a document with that SHA-256 is stored.
    static Result<bool> storeBytes(QSqlDatabase &db, const QString &path, const QString &sha256, qint64 size);

private:
    // One file's bytes, document row, links and log entry, in the caller's transaction.
    static Result<bool> storeDocument(QSqlDatabase &db, const AssessmentInfo &assessment, const QStringList &nodeIds,
                                      const IncomingFile &item, const QString &effectiveDate, const QString &author,
                                      qint64 now);

    ParxFile &m_file;
};

} // namespace ParScore
