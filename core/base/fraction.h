#pragma once

#include <QtGlobal>
#include <compare>
#include <optional>

namespace ParScore {

__extension__ typedef __int128 Int128;

// Points in integer hundredths of a point: the only unit scores are stored and summed in.
using Hundredths = qint64;

// An exact rational number. Rule arithmetic (ratios, products, caps, comparisons with
// thresholds) is done in fractions so that 9 of 10 is exactly 90 % and 29/200 × 1 is
// exactly 0.145 before rounding. Input magnitudes are bounded by the parsers so that
// 128-bit intermediates cannot overflow.
class Fraction
{
public:
    constexpr Fraction() = default;
    Fraction(Int128 numerator, Int128 denominator);
    static Fraction fromInteger(qint64 value) { return Fraction(value, 1); }
    static Fraction fromHundredths(Hundredths value) { return Fraction(value, 100); }

    // The decimal value a JSON number stands for: the shortest decimal that reads back as
    // the same double (0.1 is 1/10). Empty when not finite, larger than maxMagnitude or
    // with more than maxDecimals decimal places.
    static std::optional<Fraction> fromJsonNumber(double value, int maxDecimals,
                                                  double maxMagnitude);
    // Number of decimal places of the shortest decimal form of a double (0.25 → 2).
    // Returns a large number for values that need an exponent below 1e-300.
    static int decimalPlaces(double value);

    Int128 numerator() const { return m_num; }
    Int128 denominator() const { return m_den; }
    bool isInteger() const { return m_den == 1; }
    bool isNegative() const { return m_num < 0; }

    // THE rounding rule of the contract: to two decimals, half away from zero.
    Hundredths roundToHundredths() const;
    double toDouble() const;

    Fraction operator+(const Fraction &other) const;
    Fraction operator-(const Fraction &other) const;
    Fraction operator*(const Fraction &other) const;
    Fraction operator/(const Fraction &other) const; // other must not be zero

    friend bool operator==(const Fraction &a, const Fraction &b)
    {
        return a.m_num == b.m_num && a.m_den == b.m_den;
    }
    friend std::strong_ordering operator<=>(const Fraction &a, const Fraction &b);

private:
    Int128 m_num = 0;
    Int128 m_den = 1;
};

// The percentage points ÷ maximum × 100 in hundredths of a percent, rounded by the same
// rule; empty when the maximum is 0 (such a node has no percent).
std::optional<qint64> percentInHundredths(Hundredths points, Hundredths maximum);

} // namespace ParScore
