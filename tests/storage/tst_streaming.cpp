// A large document is read in pieces wherever it is read: checking, sealing, extracting
// and merging never hold it whole in memory, and reading commands never read it at all.
#include "blobstream.h"
#include "evidencestore.h"
#include "fixtures.h"
#include "merge.h"
#include "parxvalidator.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

constexpr qint64 documentSize = 48 * 1024 * 1024;

// The process's peak resident memory (VmHWM) in bytes; -1 where Linux does not tell.
qint64 peakResident()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Starts measuring the peak from now on (Linux 4.0 and later).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// A sealed agency file holding one large document.
QString bigSealedFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("big.parx"));
    const QString document = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile out(document);
        REQUIRE(out.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, 'x');
        for (qint64 written = 0; written < documentSize; written += block.size()) {
            block[0] = char(written / block.size());
            out.write(block);
        }
    }
    auto file = newAgencyFile(path);
    REQUIRE(EvidenceStore(*file).add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document}, {}, {}).ok());
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());
    QFile::remove(document);
    return path;
}

} // namespace

TEST_CASE("Checking, extracting and merging a 48 MB document never holds it whole in memory")
{
#if defined(__SANITIZE_ADDRESS__)
    WARN("not measured under AddressSanitizer: it keeps freed memory in quarantine");
    return;
#endif
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = bigSealedFile(dir);
    if (!resetPeak() || peakResident() < 0) {
        WARN("not measured: needs /proc/self/clear_refs and /proc/self/status");
        return;
    }
    const auto grownBy = [start = peakResident()] { return peakResident() - start; };
    {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        CHECK(Seal::verify(*file.value(), onlyAssessment(*file.value()), Seal::Depth::Documents).value()
              == SealState::Intact);
        REQUIRE(ParxValidator::validate(*file.value(), ParxValidator::Depth::Everything).ok());
        REQUIRE(EvidenceStore(*file.value()).extract({onlyAssessment(*file.value())}, dir.filePath(QStringLiteral("out"))).ok());
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral("out/scan.pdf"))).size() == documentSize);
    MergeOptions options;
    options.acceptCriteria = {smallSet()};
    REQUIRE(ParxFile::create(dir.filePath(QStringLiteral("province.parx"))).ok());
    {
        auto province = ParxFile::open(dir.filePath(QStringLiteral("province.parx")), ParxFile::Mode::ReadWrite);
        const auto merged = Merger(*province.value(), QStringLiteral("test")).merge({path}, options);
        REQUIRE(merged.ok());
        CHECK(merged.value().added.size() == 1);
    }
    INFO("peak grew by " << grownBy() / 1024 << " KiB");
    CHECK(grownBy() < documentSize / 3);
}
