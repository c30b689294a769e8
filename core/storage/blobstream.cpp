#include "blobstream.h"

#include "parxfile.h"
#include "sha256.h"
#include "sqlitestatement.h"

#include <QIODevice>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ParScore {
namespace {

constexpr qint64 chunkBytes = 1 << 20;

Error unreadable(QSqlDatabase &db)
{
    return Error::unreadable(BlobStream::tr("The evidence documents of %1 cannot be read").arg(db.databaseName()));
}

// One stored document opened for reading or writing in pieces.
class OpenBlob
{
public:
    OpenBlob(sqlite3 *db, qint64 rowid, bool writable)
    {
        if (db)
            sqlite3_blob_open(db, "main", "blobs", "data", rowid, writable ? 1 : 0, &m_blob);
    }
    ~OpenBlob() { sqlite3_blob_close(m_blob); }
    OpenBlob(const OpenBlob &) = delete;
    OpenBlob &operator=(const OpenBlob &) = delete;

    bool isOpen() const { return m_blob; }
    qint64 size() const { return m_blob ? sqlite3_blob_bytes(m_blob) : 0; }
    bool read(QByteArray &chunk, qint64 offset) const
    {
        return sqlite3_blob_read(m_blob, chunk.data(), int(chunk.size()), int(offset)) == SQLITE_OK;
    }
    bool write(const QByteArray &chunk, qint64 offset)
    {
        return sqlite3_blob_write(m_blob, chunk.constData(), int(chunk.size()), int(offset)) == SQLITE_OK;
    }

private:
    sqlite3_blob *m_blob = nullptr;
};

struct Located
{
    qint64 rowid = 0;
    qint64 recordedSize = 0;
};

// Where a document is stored; nothing when it is not; false when the file cannot be read.
std::optional<std::optional<Located>> locate(sqlite3 *db, const QString &sha256)
{
    SqliteStatement query(db, QStringLiteral("SELECT rowid, size FROM blobs WHERE sha256 = ?"));
    query.bind(1, sha256);
    if (!query.next())
        return query.failed() ? std::nullopt : std::optional(std::optional<Located>());
    return std::optional(std::optional(Located{query.value(0).toLongLong(), query.value(1).toLongLong()}));
}

// Reads a stored document piece by piece into `sink`, returning the SHA-256 of its bytes.
Result<QString> readPieces(QSqlDatabase &db, const QString &sha256, qint64 *size,
                           const std::function<bool(const QByteArray &)> &sink)
{
    const auto located = locate(sqliteHandle(db), sha256);
    if (!located)
        return unreadable(db);
    if (!*located)
        return Error::unreadable(BlobStream::tr("The evidence %1 is missing from the file").arg(sha256.left(12)));
    const OpenBlob blob(sqliteHandle(db), (*located)->rowid, false);
    if (!blob.isOpen())
        return unreadable(db);
    Sha256 hash;
    QByteArray chunk;
    for (qint64 offset = 0; offset < blob.size(); offset += chunk.size()) {
        chunk.resize(std::min(chunkBytes, blob.size() - offset));
        if (!blob.read(chunk, offset))
            return unreadable(db);
        hash.add(chunk);
        if (sink && !sink(chunk))
            return Error::unreadable(BlobStream::tr("The evidence %1 could not be written out").arg(sha256.left(12)));
    }
    *size = (*located)->recordedSize == blob.size() ? blob.size() : -1;
    return hash.hex();
}

} // namespace

Result<bool> BlobStream::intact(QSqlDatabase &db, const QString &sha256)
{
    qint64 size = 0;
    auto actual = readPieces(db, sha256, &size, {});
    if (!actual)
        return actual.error();
    return actual.value() == sha256 && size >= 0;
}

Result<bool> BlobStream::writeTo(QSqlDatabase &db, const QString &sha256, QIODevice &out)
{
    qint64 size = 0;
    auto actual = readPieces(db, sha256, &size, [&out](const QByteArray &chunk) { return out.write(chunk) == chunk.size(); });
    if (!actual)
        return actual.error();
    if (actual.value() != sha256 || size < 0)
        return Error::unreadable(tr("The evidence %1 was altered inside the file").arg(sha256.left(12)));
    return true;
}

Result<bool> BlobStream::copy(sqlite3 *from, QSqlDatabase &to, const QString &sha256)
{
    const auto located = locate(from, sha256);
    if (!located || !*located)
        return false;
    const OpenBlob source(from, (*located)->rowid, false);
    if (!source.isOpen() || source.size() != (*located)->recordedSize)
        return false;
    // A document of one piece is written as it is read; a larger one into space made for it
    // first, piece by piece.
    const bool onePiece = source.size() <= chunkBytes;
    QByteArray chunk;
    if (onePiece) {
        chunk.resize(source.size());
        if (!source.read(chunk, 0) || Sha256::hex(chunk) != sha256)
            return false;
    }
    QSqlQuery insert(to);
    insert.prepare(onePiece ? QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)")
                            : QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))"));
    insert.addBindValue(sha256);
    insert.addBindValue(source.size());
    insert.addBindValue(onePiece ? QVariant(chunk) : QVariant(source.size()));
    if (!insert.exec())
        return Error::unreadable(describeSqlError(insert.lastError(), to.databaseName()));
    if (onePiece)
        return true;
    OpenBlob target(sqliteHandle(to), insert.lastInsertId().toLongLong(), true);
    if (!target.isOpen())
        return unreadable(to);
    Sha256 hash;
    for (qint64 offset = 0; offset < source.size(); offset += chunk.size()) {
        chunk.resize(std::min(chunkBytes, source.size() - offset));
        if (!source.read(chunk, offset))
            return false;
        if (!target.write(chunk, offset))
            return unreadable(to);
        hash.add(chunk);
    }
    return hash.hex() == sha256;
}

Result<bool> BlobStream::store(QSqlDatabase &db, const QString &sha256, QIODevice &in, qint64 size)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))"));
    insert.addBindValue(sha256);
    insert.addBindValue(size);
    insert.addBindValue(size);
    if (!insert.exec())
        return Error::unreadable(describeSqlError(insert.lastError(), db.databaseName()));
    OpenBlob target(sqliteHandle(db), insert.lastInsertId().toLongLong(), true);
    if (!target.isOpen())
        return unreadable(db);
    Sha256 hash;
    qint64 offset = 0;
    while (offset < size) {
        const QByteArray chunk = in.read(std::min(chunkBytes, size - offset));
        if (chunk.isEmpty() || !target.write(chunk, offset))
            return Error::unreadable(tr("The document could not be read whole while it was stored"));
        hash.add(chunk);
        offset += chunk.size();
    }
    if (hash.hex() != sha256)
        return Error::unreadable(tr("The document changed while it was stored; attach it again"));
    return true;
}

Result<QString> BlobStream::hash(QIODevice &in)
{
    Sha256 hash;
    QByteArray chunk;
    while (!(chunk = in.read(chunkBytes)).isEmpty())
        hash.add(chunk);
    if (!in.atEnd())
        return Error::unreadable(tr("The document could not be read"));
    return hash.hex();
}

} // namespace ParScore
