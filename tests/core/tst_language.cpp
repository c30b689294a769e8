// Numbers as people read them (language.h): one minus sign, no sign on zero, no grouping.
#include "fixtures.h"
#include "language.h"
#include "searchtext.h"

using namespace ParScore;

namespace {

const QString minus = QStringLiteral("\u2212");

// Restores English, which the other tests expect, however the test ends.
struct InVietnamese
{
    InVietnamese() { setLanguage(Language::Vietnamese); }
    ~InVietnamese() { setLanguage(Language::English); }
};

} // namespace

TEST_CASE("Negative numbers read with the minus sign U+2212 - never a hyphen-minus")
{
    const InVietnamese vietnamese;
    CHECK(formatPoints(-175) == minus + QStringLiteral("1,75"));
    CHECK(formatPercent(-1250) == minus + QStringLiteral("12,50"));
    CHECK(formatExact(Fraction(-3, 2)) == minus + QStringLiteral("1,5"));
    CHECK(formatExact(Fraction(-2, 3)) == minus + QStringLiteral("0,6667…"));
    CHECK(formatSignedPoints(50, true) == minus + QStringLiteral("0,50"));
    CHECK(formatSignedPoints(100, false) == QStringLiteral("+1,00"));
}

TEST_CASE("Zero reads 0,00 - never with a minus or a plus sign")
{
    const InVietnamese vietnamese;
    CHECK(formatPoints(0) == QStringLiteral("0,00"));
    CHECK(formatSignedPoints(0, true) == QStringLiteral("0,00"));
    CHECK(formatSignedPoints(0, false) == QStringLiteral("0,00"));
    // A tiny negative value shown with four decimals is no negative number to a reader.
    CHECK(formatExact(Fraction(-1, 100000)) == QStringLiteral("0,0000…"));
}

TEST_CASE("Large numbers read as plain digits - no thousands grouping and no exponent")
{
    const InVietnamese vietnamese;
    CHECK(formatPoints(481200) == QStringLiteral("4812,00"));
    CHECK(formatPercent(1234500) == QStringLiteral("12345,00"));
    CHECK(formatExact(Fraction(4812, 1)) == QStringLiteral("4812"));
    CHECK(formatNumber(1000000) == QStringLiteral("1000000"));
    CHECK(formatNumber(-2.5) == minus + QStringLiteral("2,5"));
    setLanguage(Language::English);
    CHECK(formatNumber(1234567.25) == QStringLiteral("1234567.25"));
    CHECK(formatPoints(-175) == minus + QStringLiteral("1.75"));
}

TEST_CASE("A moment reads in the local time zone with its offset")
{
    const QByteArray before = qgetenv("TZ");
    const auto inZone = [](const char *zone) {
        qputenv("TZ", zone);
        return formatLocalTime(1768028700000); // 2026-01-10 07:05 UTC
    };
    const QString vietnam = inZone("Asia/Ho_Chi_Minh");
    const QString bogota = inZone("America/Bogota");
    const QString kathmandu = inZone("Asia/Kathmandu");
    before.isNull() ? qunsetenv("TZ") : qputenv("TZ", before);
    CHECK(vietnam == QStringLiteral("10/01/2026 14:05 (+07:00)"));
    CHECK(bogota == QStringLiteral("10/01/2026 02:05 (\u221205:00)"));
    CHECK(kathmandu == QStringLiteral("10/01/2026 12:50 (+05:45)"));
}

TEST_CASE("Search text ignores case, tone marks and the bar of đ")
{
    CHECK(ParScore::searchFolded(QStringLiteral("Sở Tư pháp")) == QStringLiteral("so tu phap"));
    CHECK(ParScore::searchFolded(QStringLiteral("ĐẮK LẮK")) == QStringLiteral("dak lak"));
    CHECK(ParScore::searchFolded(QStringLiteral("Phường Đông Hòa")).contains(ParScore::searchFolded(QStringLiteral("dong hoa"))));
    CHECK_FALSE(ParScore::searchFolded(QStringLiteral("Sở Y tế")).contains(QStringLiteral("tu phap")));
}
