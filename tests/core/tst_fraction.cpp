#include "fixtures.h"
#include "fraction.h"

using namespace ParScore;

TEST_CASE("Rounding is half away from zero at the hundredth")
{
    CHECK(Fraction(29, 200).roundToHundredths() == 15);   // 0.145 → 0.15
    CHECK(Fraction(-29, 200).roundToHundredths() == -15); // −0.145 → −0.15
    CHECK(Fraction(1449, 10000).roundToHundredths() == 14);
    CHECK(Fraction(1, 3).roundToHundredths() == 33);
    CHECK(Fraction(2, 3).roundToHundredths() == 67);
    CHECK(Fraction(-2, 3).roundToHundredths() == -67);
    CHECK(Fraction(1, 200).roundToHundredths() == 1); // 0.005 → 0.01
    CHECK(Fraction(-1, 200).roundToHundredths() == -1);
    CHECK(Fraction(1, 201).roundToHundredths() == 0);
    CHECK(Fraction().roundToHundredths() == 0);
}

TEST_CASE("JSON numbers are read as the decimals they were written as")
{
    CHECK(Fraction::fromJsonNumber(0.1, 6, 1e6) == Fraction(1, 10));
    CHECK(Fraction::fromJsonNumber(0.145, 6, 1e6) == Fraction(29, 200));
    CHECK(Fraction::fromJsonNumber(1e6, 0, 1e6) == Fraction(1000000, 1));
    CHECK(Fraction::fromJsonNumber(-2.5, 1, 1e6) == Fraction(-5, 2));
    CHECK(Fraction::fromJsonNumber(1.25, 2, 1e6) == Fraction(5, 4));
    CHECK_FALSE(Fraction::fromJsonNumber(1.255, 2, 1e6)); // three decimals
    CHECK_FALSE(Fraction::fromJsonNumber(1e-7, 6, 1e6));
    CHECK_FALSE(Fraction::fromJsonNumber(1e7, 6, 1e6)); // too large
    CHECK_FALSE(Fraction::fromJsonNumber(std::numeric_limits<double>::quiet_NaN(), 6, 1e6));
    CHECK_FALSE(Fraction::fromJsonNumber(std::numeric_limits<double>::infinity(), 6, 1e6));
    CHECK(Fraction::decimalPlaces(0.25) == 2);
    CHECK(Fraction::decimalPlaces(100) == 0);
}

TEST_CASE("Fractions compare exactly")
{
    CHECK(Fraction(9, 10) * Fraction(100, 1) == Fraction(90, 1)); // 9 of 10 is exactly 90 %
    CHECK(Fraction(1, 3) + Fraction(2, 3) == Fraction(1, 1));
    CHECK(Fraction(899, 1000) < Fraction(9, 10));
    CHECK(Fraction(-1, 2) < Fraction());
    CHECK(Fraction(6, 4) == Fraction(3, 2));
}

TEST_CASE("Percent of points over a maximum is rounded to two decimals")
{
    CHECK(percentInHundredths(6825, 7000) == 9750); // 68.25 / 70 = 97.5 %
    CHECK(percentInHundredths(850, 900) == 9444);   // 94.444… %
    CHECK(percentInHundredths(-100, 600) == -1667); // not clamped
    CHECK(percentInHundredths(700, 600) == 11667);
    CHECK_FALSE(percentInHundredths(0, 0));
}
