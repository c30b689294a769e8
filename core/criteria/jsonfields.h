#pragma once

#include "fraction.h"
#include "result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ParScore {

// Collects the problems found while reading an untrusted JSON document, so that every
// problem is reported at once. Each problem names where it is ("node 1.1.2", "grades[1]").
class ProblemLog
{
public:
    void error(const QString &where, const QString &message);
    void warning(const QString &where, const QString &message);
    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    // The problems in the order found: the first Limits::maxListedProblems, then one line
    // saying how many more there are (a hostile file could otherwise fill the memory with
    // messages).
    QStringList errors() const;
    QStringList warnings() const;

private:
    QStringList m_errors;
    QStringList m_warnings;
    int m_errorCount = 0;
    int m_warningCount = 0;
};

// Bounds for a number read from JSON.
struct NumberSpec
{
    int maxDecimals = 6;
    double min = -1e6;
    double max = 1e6;
};

// Typed reads of one JSON object that log a clear problem and return nothing when a
// field is missing or of the wrong type.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString where, ProblemLog &log);

    bool has(const QString &key) const { return m_object.contains(key); }
    // A non-empty string of at most maxLength characters.
    std::optional<QString> requiredText(const QString &key, int maxLength) const;
    // A string of at most maxLength characters, or absent (empty).
    QString optionalText(const QString &key, int maxLength) const;
    // Logs a problem and returns false when `text` (the value of `key`) is longer than
    // maxLength characters.
    bool checkLength(const QString &key, const QString &text, int maxLength) const;
    // A decimal number within spec; `fallback` when absent (nullopt: the field is required).
    std::optional<Fraction> number(const QString &key, const NumberSpec &spec,
                                   std::optional<Fraction> fallback = std::nullopt) const;
    // Any finite number; nullopt when missing or not finite.
    std::optional<double> finiteNumber(const QString &key) const;
    std::optional<int> integer(const QString &key, int min, int max) const;
    // Warns about keys outside `known` (typos, fields of a newer format).
    void warnUnknownKeys(const QStringList &known) const;

    const QString &where() const { return m_where; }

private:
    const QJsonObject &m_object;
    QString m_where;
    ProblemLog &m_log;
};

// "0.25" for messages that quote a number from a file.
QString jsonNumberText(double value);

// QJsonDocument::fromJson, except that a well-formed number beyond the range of a double
// (1e400) does not break the whole document: it becomes a marked string, so that the
// validators name the field and node that hold it (other JSON readers turn such numbers
// into infinity, which is just as invalid, but not unreadable).
QJsonDocument parseUntrustedJson(const QByteArray &bytes, QJsonParseError *error);
// The literal text of a number replaced by parseUntrustedJson, or empty.
QString outOfRangeNumber(const QJsonValue &value);

// The messages that name one kind of ParScore JSON document (criteria set, answers file),
// translated by its parser.
struct DocumentMessages
{
    QString format;     // the expected "format" value
    QString cannotRead;   // %1 path, %2 reason
    QString tooLargeFile; // %1 path, %2 the cap in MiB
    QString tooLarge;     // %1 the cap in MiB (a document read from elsewhere: a .parx)
    QString brokenJson;   // %1 byte offset, %2 reason
    QString notAnObject;
    QString wrongFormat;  // %1 the expected format
    QString newerVersion; // %1 the file's version, %2 the version read
};

// Reads a document file; a file over `maxBytes` (a whole number of MiB; JSON documents:
// Limits::maxJsonFileBytes) is Invalid (it breaks a cap), every other failure Unreadable.
Result<QByteArray> readDocumentFile(const QString &path, const DocumentMessages &messages,
                                    qint64 maxBytes);
// Parses a document and checks "format" and a too-new "formatVersion"; a document over
// Limits::maxJsonFileBytes is Invalid, every other failure Unreadable (the file is not ours
// or not for this version).
Result<QJsonObject> openDocument(const QByteArray &bytes, const DocumentMessages &messages);

} // namespace ParScore
