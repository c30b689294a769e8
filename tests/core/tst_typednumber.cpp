// Numbers as officers type them: "," or "." as the decimal point, never grouping.
#include "fixtures.h"
#include "language.h"
#include "typednumber.h"

using namespace ParScore;

namespace {

const TypedNumberRule points{2, false, Fraction(), Fraction(3, 1)};
const TypedNumberRule count{0, false, Fraction(), Fraction(1000000000, 1)};
const TypedNumberRule value{2, true, Fraction(-1000, 1), Fraction(1000, 1)};

std::optional<Fraction> read(const QString &text, const TypedNumberRule &rule)
{
    const auto read = TypedNumber::read(text, rule);
    return read ? std::optional(read.value()) : std::nullopt;
}

QString why(const QString &text, const TypedNumberRule &rule)
{
    const auto read = TypedNumber::read(text, rule);
    REQUIRE_FALSE(read);
    return read.error().message;
}

} // namespace

TEST_CASE("Either a comma or a point is the decimal point")
{
    CHECK(read(QStringLiteral("2.5"), points) == Fraction(5, 2));
    CHECK(read(QStringLiteral("2,5"), points) == Fraction(5, 2));
    CHECK(read(QStringLiteral(" 1,25 "), points) == Fraction(5, 4));
    CHECK(read(QStringLiteral(",5"), points) == Fraction(1, 2));
    CHECK(read(QStringLiteral("3."), points) == Fraction(3, 1));
    CHECK(read(QStringLiteral("0"), points) == Fraction());
    CHECK(read(QStringLiteral("−2.5"), value) == Fraction(-5, 2)); // the minus sign as well as "-"
    CHECK(read(QStringLiteral("-2,5"), value) == Fraction(-5, 2));
}

TEST_CASE("Nothing typed is read as something else")
{
    // Thousands grouping is never read: "1.000" is not 1 and not 1000.
    CHECK_FALSE(read(QStringLiteral("1.000"), count));
    CHECK_FALSE(read(QStringLiteral("1,000"), count));
    CHECK_FALSE(read(QStringLiteral("1.000,5"), value));
    CHECK_FALSE(read(QStringLiteral("1 000"), count));
    CHECK_FALSE(read(QStringLiteral("1.255"), points)); // more decimals than the box shows
    CHECK_FALSE(read(QStringLiteral("1.000"), points));
    CHECK_FALSE(read(QStringLiteral("-1"), count));
    CHECK_FALSE(read(QStringLiteral("-0,5"), points));
    CHECK_FALSE(read(QStringLiteral("3.25"), points)); // above the item's maximum
    CHECK_FALSE(read(QStringLiteral("1000000001"), count));
    CHECK_FALSE(read(QStringLiteral("99999999999999999999999999"), count));
    CHECK_FALSE(read(QStringLiteral("12a"), count));
    CHECK_FALSE(read(QStringLiteral("2.5.1"), value));
    CHECK_FALSE(read(QStringLiteral(""), count));
    CHECK_FALSE(read(QStringLiteral("."), points));
    CHECK_FALSE(read(QStringLiteral("-"), value));
    CHECK_FALSE(read(QStringLiteral("١٢"), count)); // digits of another script
}

TEST_CASE("A refused number says why, in the officer's language")
{
    setLanguage(Language::Vietnamese);
    CHECK(why(QStringLiteral("1.000"), count).contains(QStringLiteral("số nguyên")));
    CHECK(why(QStringLiteral("-3"), count).contains(QStringLiteral("âm")));
    CHECK(why(QStringLiteral("3,5"), points).contains(QStringLiteral("3")));
    CHECK(why(QStringLiteral("1,2555"), points).contains(QStringLiteral("2")));
    CHECK(why(QStringLiteral("1.000"), points).contains(QStringLiteral("hàng nghìn")));
    setLanguage(Language::English);
    CHECK(why(QStringLiteral("1.000"), count).contains(QStringLiteral("whole number")));
    CHECK(why(QStringLiteral("-3"), count).contains(QStringLiteral("negative")));
    CHECK(why(QStringLiteral("3.5"), points) == QStringLiteral("“3.5” is more than 3, the most this item takes."));
    CHECK(why(QStringLiteral("1.2555"), points) == QStringLiteral("“1.2555”: at most 2 decimals."));
    // Three digits after the point is how thousands are written by hand: never read either way.
    CHECK(why(QStringLiteral("1.000"), points).startsWith(QStringLiteral("“1.000”: thousands separators are not taken")));
    CHECK(why(QStringLiteral("1.000,5"), value).contains(QStringLiteral("thousands")));
    CHECK(why(QStringLiteral("abc"), value) == QStringLiteral("“abc” is not a number."));
}
