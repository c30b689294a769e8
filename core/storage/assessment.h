#pragma once

#include <QList>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace ParScore {

// The layers of answers an assessment holds (criteria-format.md §4), oldest first.
enum class Layer
{
    Self,
    Appraisal1,
    Appraisal2
};
inline constexpr Layer allLayers[] = {Layer::Self, Layer::Appraisal1, Layer::Appraisal2};
QString layerKey(Layer layer); // "self", "appraisal1", "appraisal2"
std::optional<Layer> layerFromKey(const QString &key);

enum class AssessmentStatus
{
    Draft,
    Submitted,
    InAppraisal,
    ExplanationRequested,
    Final
};
QString statusKey(AssessmentStatus status); // "draft", "submitted", …
QString statusName(AssessmentStatus status); // as a person reads it, in the current language
std::optional<AssessmentStatus> assessmentStatusFromKey(const QString &key);

// What identifies an agency's assessment for a year.
struct AssessmentInfo
{
    QString uuid;
    QString criteriaSha256;
    QString agencyCode;
    QString agencyName;
    QString group; // "so", "xa", "phuong", …
    int year = 0;
    AssessmentStatus status = AssessmentStatus::Draft;
    qint64 createdAt = 0; // ms since the epoch, UTC
    QString sealSha256;   // empty until sealed
    qint64 sealedAt = 0;
    QString sealedBy;
    int sealVersion = 0; // which definition of the seal (core/seal.h) made sealSha256

    bool isSealed() const { return !sealSha256.isEmpty(); }
};

// A file of evidence embedded in an assessment, stored once by its SHA-256.
struct EvidenceInfo
{
    QString assessment;
    QString sha256;
    QString name; // the name it was first attached under, as given: never trusted as a path
    QString mimeType;
    qint64 size = 0;
    qint64 addedAt = 0;
    QString addedBy;
    QString effectiveDate; // YYYY-MM-DD or empty
    QStringList nodes;     // the items it supports
    // The name it was attached under to each item (the officer may name one scan
    // differently for two items); `name` where none was recorded.
    QHash<QString, QString> linkNames;

    QString nameAt(const QString &node) const { return linkNames.value(node, name); }
};

// A comment in the thread of one item (officers and inspectors discussing it).
struct Comment
{
    QString uuid;
    QString node;
    QString author;
    qint64 createdAt = 0;
    QString text;
};

// One entry of the append-only change log.
struct LogEntry
{
    QString uuid;
    QString assessment;
    qint64 at = 0;
    QString author;
    QString action; // "create", "answer", "evidence", "seal", "merge", …
    QString layer;
    QString item;
    QString oldValue;
    QString newValue;
};

} // namespace ParScore
