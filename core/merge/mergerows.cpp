#include "mergerows.h"

#include "blobstream.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ParScore::MergeRows {
namespace {

struct MergeRowsText
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)
};

Error unreadableSource()
{
    return Error::unreadable(MergeRowsText::tr("A file cannot be read while merging"));
}

// The bytes of a document the target lacks, streamed and checked against its key.
Result<bool> copyBlob(sqlite3 *from, Target &to, const QString &sha256)
{
    auto present = to.rows(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256}, 1);
    if (!present)
        return present.error();
    if (!present.value().isEmpty())
        return true; // stored once, however many files bring it
    auto copied = BlobStream::copy(from, to.db(), sha256);
    if (!copied)
        return to.failedWith(copied.error());
    if (!copied.value())
        return Error::unreadable(
            MergeRowsText::tr("the evidence document %1 does not match its fingerprint").arg(sha256.left(12)));
    return true;
}

} // namespace

Result<Rows> select(sqlite3 *from, const QString &sql, const QVariantList &binds, int columns)
{
    SqliteStatement query(from, sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bind(int(i + 1), binds[i]);
    Rows rows;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    if (query.failed())
        return unreadableSource();
    return rows;
}

QSqlQuery &Target::statement(const QString &sql)
{
    auto &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

Result<bool> Target::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = statement(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    const bool done = query.exec();
    query.finish();
    if (!done)
        return failedWith(Error::unreadable(describeSqlError(query.lastError(), m_db.databaseName())));
    return true;
}

Result<Rows> Target::rows(const QString &sql, const QVariantList &binds, int columns)
{
    QSqlQuery &query = statement(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds[i]);
    if (!query.exec())
        return failedWith(Error::unreadable(
                              MergeRowsText::tr("The file merged into (%1) cannot be read").arg(m_db.databaseName())))
            .error();
    Rows rows;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    query.finish();
    return rows;
}

Result<bool> Target::copyRows(sqlite3 *from, const QString &selectSql, const QString &insertSql,
                              const QString &assessment)
{
    auto &insert = m_inserts[insertSql];
    if (!insert)
        insert = std::make_unique<SqliteStatement>(m_db, insertSql);
    SqliteStatement rows(from, selectSql);
    rows.bind(1, assessment);
    while (rows.next()) {
        insert->bindColumnsOf(rows);
        const bool inserted = insert->execute();
        insert->reset();
        if (!inserted)
            return failedWith(Error::unreadable(describeSqlError(insert->error(), m_db.databaseName())));
    }
    if (rows.failed())
        return unreadableSource();
    return true;
}

Result<bool> Target::appendLog(const LogEntry &entry)
{
    auto logged = AssessmentStore::appendLog(m_db, entry);
    return logged ? logged : failedWith(logged.error());
}

Result<bool> Target::failedWith(const Error &error)
{
    if (!m_failure)
        m_failure = error;
    return error;
}

QStringList allowedLayers(bool appraisals)
{
    QStringList layers{layerKey(Layer::Self)};
    if (appraisals)
        layers << layerKey(Layer::Appraisal1) << layerKey(Layer::Appraisal2);
    return layers;
}

QString layerCondition(const QStringList &layers)
{
    return QStringLiteral("(layer IS NULL OR layer IN ('%1'))").arg(layers.join(QStringLiteral("', '")));
}

Result<bool> copyMissing(sqlite3 *from, Target &to, const QString &table, const QStringList &columns,
                         const QString &assessment, const QString &condition)
{
    const QString list = columns.join(u',');
    return to.copyRows(from,
                       QStringLiteral("SELECT %1 FROM %2 WHERE assessment = ?%3")
                           .arg(list, table, condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition),
                       QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                           .arg(table, list, QStringList(columns.size(), QStringLiteral("?")).join(u',')),
                       assessment);
}

Result<bool> copyEvidence(sqlite3 *from, Target &to, const QString &assessment)
{
    auto documents = select(from, QStringLiteral("SELECT sha256 FROM evidence WHERE assessment = ?"), {assessment}, 1);
    if (!documents)
        return documents.error();
    for (const QVariantList &document : documents.value()) {
        auto blob = copyBlob(from, to, document[0].toString());
        if (!blob)
            return blob;
    }
    // A document's name and date, and a link's name, as last changed on either side: the
    // later change wins (the larger name on a tie), so the order of merging does not matter.
    auto rows = to.copyRows(
        from,
        QStringLiteral("SELECT assessment, sha256, name, mime_type, added_at, added_by, effective_date, modified_at "
                       "FROM evidence WHERE assessment = ?"),
        QStringLiteral("INSERT INTO evidence (assessment, sha256, name, mime_type, added_at, added_by, "
                       "effective_date, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (assessment, sha256) DO UPDATE SET name = excluded.name, "
                       "mime_type = excluded.mime_type, effective_date = excluded.effective_date, "
                       "modified_at = excluded.modified_at "
                       "WHERE IFNULL(excluded.modified_at, excluded.added_at) > "
                       "IFNULL(evidence.modified_at, evidence.added_at) "
                       "OR (IFNULL(excluded.modified_at, excluded.added_at) = "
                       "IFNULL(evidence.modified_at, evidence.added_at) AND excluded.name > evidence.name)"),
        assessment);
    if (!rows)
        return rows;
    return to.copyRows(
        from,
        QStringLiteral("SELECT assessment, sha256, node, name, modified_at FROM evidence_links WHERE assessment = ?"),
        QStringLiteral("INSERT INTO evidence_links (assessment, sha256, node, name, modified_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment, sha256, node) DO UPDATE SET "
                       "name = excluded.name, modified_at = excluded.modified_at "
                       "WHERE IFNULL(excluded.modified_at, 0) > IFNULL(evidence_links.modified_at, 0) "
                       "OR (IFNULL(excluded.modified_at, 0) = IFNULL(evidence_links.modified_at, 0) "
                       "AND IFNULL(excluded.name, '') > IFNULL(evidence_links.name, ''))"),
        assessment);
}

Result<bool> mergeNotes(sqlite3 *from, Target &to, const QString &assessment, const QStringList &layers)
{
    auto rows = select(from,
                       QStringLiteral("SELECT assessment, layer, node, text, modified_at, modified_by FROM notes "
                                      "WHERE assessment = ? AND ")
                           + layerCondition(layers),
                       {assessment}, 6);
    if (!rows)
        return rows.error();
    for (const QVariantList &row : rows.value()) {
        auto upserted = to.exec(
            QStringLiteral("INSERT INTO notes (assessment, layer, node, text, modified_at, modified_by) "
                           "VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (assessment, layer, node) DO UPDATE SET text = excluded.text, "
                           "modified_at = excluded.modified_at, modified_by = excluded.modified_by "
                           "WHERE excluded.modified_at > notes.modified_at "
                           "OR (excluded.modified_at = notes.modified_at AND excluded.text > notes.text)"),
            row);
        if (!upserted)
            return upserted;
    }
    return true;
}

const QStringList answerColumns = {QStringLiteral("assessment"), QStringLiteral("layer"),
                                   QStringLiteral("kind"),       QStringLiteral("item"),
                                   QStringLiteral("answer"),     QStringLiteral("modified_at"),
                                   QStringLiteral("modified_by")};
const QStringList noteColumns = {QStringLiteral("assessment"),  QStringLiteral("layer"),
                                 QStringLiteral("node"),        QStringLiteral("text"),
                                 QStringLiteral("modified_at"), QStringLiteral("modified_by")};
const QStringList commentColumns = {QStringLiteral("uuid"),       QStringLiteral("assessment"),
                                    QStringLiteral("node"),       QStringLiteral("author"),
                                    QStringLiteral("created_at"), QStringLiteral("text")};
const QStringList requestColumns = {QStringLiteral("uuid"),       QStringLiteral("assessment"),
                                    QStringLiteral("node"),       QStringLiteral("text"),
                                    QStringLiteral("created_at"), QStringLiteral("created_by"),
                                    QStringLiteral("closed_at"),  QStringLiteral("closed_as")};
const QStringList logColumns = {
    QStringLiteral("uuid"),   QStringLiteral("assessment"), QStringLiteral("at"),
    QStringLiteral("author"), QStringLiteral("action"),     QStringLiteral("layer"),
    QStringLiteral("item"),   QStringLiteral("old_value"),  QStringLiteral("new_value")};
const QStringList signatureColumns = {QStringLiteral("assessment"),  QStringLiteral("kind"),
                                      QStringLiteral("version"),     QStringLiteral("fingerprint"),
                                      QStringLiteral("public_key"),  QStringLiteral("signature"),
                                      QStringLiteral("signed_at")};

} // namespace ParScore::MergeRows
