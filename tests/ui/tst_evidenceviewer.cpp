// Evidence arrives from agencies that may be careless or dishonest: only documents whose
// bytes are what their name says are handed to the system's viewer.
#include "evidenceviewer.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ParScore;

namespace {

QString copyNamed(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const QByteArray program = QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00", 16)
                           + QByteArray(48, '\0') + QByteArrayLiteral("This program cannot be run in DOS mode.");

} // namespace

TEST_CASE("Evidence is opened only as a document whose content is what its name says")
{
    QTemporaryDir dir;
    CHECK(EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("quyet-dinh.pdf"), pdf),
                                       QStringLiteral("Quyết định.pdf"))
              .isEmpty());
    CHECK(EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("bao-cao.txt"), "Báo cáo CCHC năm 2026\n"),
                                       QStringLiteral("bao-cao.txt"))
              .isEmpty());
    CHECK(EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("bang.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(60, '\0')),
                                       QStringLiteral("bang.xlsx"))
              .isEmpty());

    // A program dressed as a decision, by its name or by its content.
    const QString named = EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("a.exe"), program),
                                                       QStringLiteral("Quyết định.pdf.exe"));
    CHECK(named.contains(QStringLiteral(".exe")));
    CHECK_FALSE(EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("b.pdf"), program), QStringLiteral("Quyết định.pdf"))
                    .isEmpty());
    for (const char *name : {"lien-ket.lnk", "chay.hta", "macro.js", "lenh.bat", "trang.html", "khong-duoi"})
        CHECK_FALSE(EvidenceViewer::whyNotOpened(copyNamed(dir, QStringLiteral("c"), pdf), QString::fromLatin1(name))
                        .isEmpty());
}
