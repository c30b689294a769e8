// libFuzzer target: bytes → a source .parx merged into a valid province file, as `merge` does
// (Merger: the source's checks, then its rows, in one transaction on the target). The province
// file is made once per process (the built-in sets and tests/data/small-set.json, year 2026,
// agency STP expected) and copied for each merge, so every merge starts from the same target.
// Each input is merged twice: as a submission, then as a colleague's appraisal file
// (--accept-appraisals), the two ways a source is trusted.
#include "builtincriteria.h"
#include "criteriaparser.h"
#include "fuzzsupport.h"
#include "merge.h"
#include "parxfile.h"
#include "provincefile.h"

#include <QFile>

#include <cstdlib>

namespace {

QString provincePath()
{
    static const QString path = ParScore::Fuzz::scratchPath(QStringLiteral("province.parx"));
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    using namespace ParScore;
    Fuzz::initialize(argc, argv);
    NewProvince province;
    province.title = QStringLiteral("Thẩm định Chỉ số CCHC năm 2026");
    province.year = 2026;
    const auto small = CriteriaParser::parseFile(QStringLiteral(PARSCORE_SMALL_SET));
    if (!small)
        std::abort();
    province.criteria = BuiltinCriteria::all() << small.value();
    province.agencies = {{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")}};
    if (!ProvinceFile::create(provincePath(), province))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ParScore;
    static const QString targetPath = Fuzz::scratchPath(QStringLiteral("target.parx"));
    static const QString sourcePath = Fuzz::scratchPath(QStringLiteral("source.parx"));
    Fuzz::writeFile(sourcePath, Fuzz::bytesOf(data, size));
    for (const bool appraisals : {false, true}) {
        QFile::remove(targetPath);
        if (!QFile::copy(provincePath(), targetPath))
            std::abort();
        auto target = ParxFile::open(targetPath, ParxFile::Mode::ReadWrite);
        if (!target)
            std::abort(); // the target is valid: failing to open it is a finding
        MergeOptions options;
        options.acceptAppraisals = appraisals;
        options.acceptMismatched = true;
        // A bad source is rejected in the report; an error means the target failed.
        if (!Merger(*target.value(), QStringLiteral("fuzz")).merge({sourcePath}, options))
            std::abort();
    }
    return 0;
}
