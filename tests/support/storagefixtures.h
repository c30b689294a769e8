#pragma once

#include "assessmentstore.h"
#include "clock.h"
#include "parxfile.h"

#include <QTemporaryDir>
#include <memory>

namespace ParScore::Test {

// A clock that only moves when told: history and merge tests are deterministic.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1767225600000) // 2026-01-01T00:00:00Z
        : m_ms(startMs)
    {
        Clock::setCurrent(this);
    }
    ~ManualClock() override { Clock::setCurrent(nullptr); }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    void advance(qint64 ms = 1000) { m_ms += ms; }

private:
    qint64 m_ms;
};

// The small criteria set of tests/data (leaves 1.1 boolean, 1.2 ratio, 2.1 appraiser percent).
CriteriaSet smallSet();
// A new .parx at `path` holding one assessment of smallSet(), of role "agency" (the
// agency's own file) or "inspector" (where appraisals are entered).
std::unique_ptr<ParxFile> newAgencyFile(const QString &path,
                                        const QString &agencyCode = QStringLiteral("SNV"),
                                        int year = 2025,
                                        const QString &role = QStringLiteral("agency"));
AssessmentInfo onlyAssessment(ParxFile &file);
// Applies answers (the members of "answers", plus optional extras) to a layer; must succeed.
void applyAnswers(ParxFile &file, Layer layer, const QString &answersJson,
                  const QString &extraJson = {});
// Loads a layer of the only assessment as compact JSON text, for comparisons.
QByteArray layerJson(ParxFile &file, Layer layer);
// The answers of one assessment (by agency code) of the file at `path`, in a layer, as
// compact JSON text.
QByteArray layerOf(const QString &path, const QString &agencyCode, Layer layer);
// What a colleague's inspectors' file needs for merge --accept-appraisals to take its
// appraisals into `province`: the appraisals of `colleague` signed with a test inspector's key
// (its sealed assessments with appraisal content; none is fine), and that key trusted by
// `province` (made a province file when it has no role yet, as merging would).
void trustAsColleague(const QString &province, const QString &colleague);
// Runs SQL on a file with a separate plain connection, as a tamperer with sqlite3 would.
void tamper(const QString &path, const QString &sql);
QByteArray fileHash(const QString &path);
QString copyFile(const QString &from, const QString &to);
// Writes `bytes` into a new file `name` in `dir`; returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// A whole file's bytes (fails the test when it cannot be read).
QByteArray fileBytes(const QString &path);
// The permission bits of a file or folder (stat's st_mode & 0777), e.g. 0600.
int fileMode(const QString &path);

} // namespace ParScore::Test
