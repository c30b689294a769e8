#include "mergerows.h"

#include "parxfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ParScore::MergeRows {
namespace {

struct MergeRowsText
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)
};

} // namespace

Result<Rows> select(QSqlDatabase &db, const QString &sql, const QVariantList &binds, int columns)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Error::unreadable(MergeRowsText::tr("A file cannot be read while merging"));
    Rows rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

// Copies the rows of `table` for one assessment that the target lacks (by primary key).
Result<bool> copyMissing(QSqlDatabase &from, QSqlDatabase &to, const QString &table,
                         const QStringList &columns, const QString &assessment)
{
    auto rows = select(
        from,
        QStringLiteral("SELECT %1 FROM %2 WHERE assessment = ?").arg(columns.join(u','), table),
        {assessment}, int(columns.size()));
    if (!rows)
        return rows.error();
    const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(u',');
    for (const QVariantList &row : rows.value()) {
        auto inserted = execSql(to,
                                QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(u','), placeholders),
                                row);
        if (!inserted)
            return inserted;
    }
    return true;
}

Result<bool> copyEvidence(QSqlDatabase &from, QSqlDatabase &to, const QString &assessment)
{
    auto hashes =
        select(from, QStringLiteral("SELECT DISTINCT sha256 FROM evidence WHERE assessment = ?"),
               {assessment}, 1);
    if (!hashes)
        return hashes.error();
    for (const QVariantList &hash : hashes.value()) {
        auto present =
            select(to, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {hash[0]}, 1);
        if (!present)
            return present.error();
        if (!present.value().isEmpty())
            continue; // stored once, however many files bring it
        auto blob =
            select(from, QStringLiteral("SELECT sha256, size, data FROM blobs WHERE sha256 = ?"),
                   {hash[0]}, 3);
        if (!blob)
            return blob.error();
        for (const QVariantList &row : blob.value()) {
            auto inserted = execSql(
                to,
                QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)"),
                row);
            if (!inserted)
                return inserted;
        }
    }
    // The same document added twice under other names or dates: the later addition wins
    // (the larger name on a tie), so the order of merging does not matter.
    auto rows = select(from,
                       QStringLiteral("SELECT assessment, sha256, name, mime_type, added_at, added_by, "
                                      "effective_date FROM evidence WHERE assessment = ?"),
                       {assessment}, 7);
    if (!rows)
        return rows.error();
    for (const QVariantList &row : rows.value()) {
        auto upserted = execSql(
            to,
            QStringLiteral("INSERT INTO evidence (assessment, sha256, name, mime_type, added_at, "
                           "added_by, effective_date) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (assessment, sha256) DO UPDATE SET name = excluded.name, "
                           "mime_type = excluded.mime_type, added_at = excluded.added_at, "
                           "added_by = excluded.added_by, effective_date = excluded.effective_date "
                           "WHERE excluded.added_at > evidence.added_at OR (excluded.added_at = "
                           "evidence.added_at AND excluded.name > evidence.name)"),
            row);
        if (!upserted)
            return upserted;
    }
    return copyMissing(
        from, to, QStringLiteral("evidence_links"),
        {QStringLiteral("assessment"), QStringLiteral("sha256"), QStringLiteral("node"), QStringLiteral("name")},
        assessment);
}

// Notes follow the answers' rule: the newer text wins (the larger on a tie, so the order
// of merging does not matter). Only layers the source may bring are passed in.
Result<bool> mergeNotes(QSqlDatabase &from, QSqlDatabase &to, const QString &assessment,
                        const QStringList &layers)
{
    auto rows = select(
        from,
        QStringLiteral("SELECT assessment, layer, node, text, modified_at, modified_by FROM notes "
                       "WHERE assessment = ?"),
        {assessment}, 6);
    if (!rows)
        return rows.error();
    for (const QVariantList &row : rows.value()) {
        if (!layers.contains(row[1].toString()))
            continue;
        auto upserted = execSql(
            to,
            QStringLiteral(
                "INSERT INTO notes (assessment, layer, node, text, modified_at, modified_by) "
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
const QStringList logColumns = {
    QStringLiteral("uuid"),   QStringLiteral("assessment"), QStringLiteral("at"),
    QStringLiteral("author"), QStringLiteral("action"),     QStringLiteral("layer"),
    QStringLiteral("item"),   QStringLiteral("old_value"),  QStringLiteral("new_value")};


} // namespace ParScore::MergeRows
