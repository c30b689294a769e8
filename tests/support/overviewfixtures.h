#pragma once

#include "overview.h"
#include "provincefile.h"
#include "storagefixtures.h"

#include <memory>

namespace ParScore::Test {

// The small set for the groups so and xa (an edition of its own: another SHA-256).
CriteriaSet twoGroupSet();

// An inspectors' file holding many assessments, answered through the store.
class Province
{
public:
    // A file of role "inspector" with no title, year or expected agencies (as `merge -o`
    // made them before province files existed).
    explicit Province(const QString &path);
    // A province file made by ProvinceFile::create.
    Province(const QString &path, const NewProvince &province);

    AssessmentInfo add(const CriteriaSet &set, const QString &code,
                       const QString &group = QStringLiteral("so"), int year = 2026);
    // Stores the answers (members of "answers", plus optional extras) into a layer.
    void answer(const CriteriaSet &set, const AssessmentInfo &info, Layer layer,
                const QString &answers, const QString &extras = {});

    ParxFile &file() { return *m_file; }

private:
    std::unique_ptr<ParxFile> m_file;
};

const OverviewRow &rowFor(const Overview &overview, const QString &code);
Overview loaded(ParxFile &file, OverviewLayer layer = OverviewLayer::Final,
                const QString &group = {});
QStringList codes(const QList<OverviewRow> &rows);
QList<std::optional<int>> ranks(const QList<OverviewRow> &rows);

} // namespace ParScore::Test
