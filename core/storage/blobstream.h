#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QIODevice;
struct sqlite3;

namespace ParScore {

// The bytes of evidence documents (table `blobs`), read and written in pieces through
// SQLite's incremental blob I/O and hashed on the way: a document is never held whole in
// memory, however large. Each function names a document by its SHA-256 key.
class BlobStream
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::BlobStream)

public:
    // Whether the stored bytes have the SHA-256 of their key and their recorded size.
    static Result<bool> intact(QSqlDatabase &db, const QString &sha256);
    // Writes the stored bytes to `out`; refuses (and says so) when they do not match their
    // key, having written what was read.
    static Result<bool> writeTo(QSqlDatabase &db, const QString &sha256, QIODevice &out);
    // Copies a document from one file into another (which must not hold it yet), checking
    // its bytes against the key on the way. false: the source's document is missing,
    // unreadable or does not match its key (the caller undoes what was written to `to`);
    // an error: `to` could not be written.
    // `from` is SQLite's own connection: a merge reads its sources through no other.
    static Result<bool> copy(sqlite3 *from, QSqlDatabase &to, const QString &sha256);
    // Stores `size` bytes read from `in` under `sha256` (already computed by the caller), in
    // the caller's transaction; refuses when what was read does not have that SHA-256.
    static Result<bool> store(QSqlDatabase &db, const QString &sha256, QIODevice &in, qint64 size);
    // The SHA-256 of what `in` holds, read in pieces from where it stands.
    static Result<QString> hash(QIODevice &in);
};

} // namespace ParScore
