#include "fraction.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace ParScore {
namespace {

Int128 absolute(Int128 v)
{
    return v < 0 ? -v : v;
}

Int128 greatestCommonDivisor(Int128 a, Int128 b)
{
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Int128 powerOfTen(int exponent)
{
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Splits the shortest decimal form of a finite double into digits and a power of ten:
// value = ±digits × 10^exponent.
struct DecimalForm
{
    bool negative = false;
    std::string digits; // without leading zeros, may be empty for 0
    int exponent = 0;
};

DecimalForm shortestDecimal(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(ec == std::errc());
    std::string text(buffer, end);

    DecimalForm form;
    std::size_t pos = 0;
    if (pos < text.size() && text[pos] == '-') {
        form.negative = true;
        ++pos;
    }
    int exponent = 0;
    const std::size_t ePos = text.find_first_of("eE");
    if (ePos != std::string::npos) {
        exponent = std::atoi(text.c_str() + ePos + 1);
        text.resize(ePos);
    }
    bool afterPoint = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.') {
            afterPoint = true;
            continue;
        }
        form.digits.push_back(c);
        if (afterPoint)
            --exponent;
    }
    const std::size_t firstNonZero = form.digits.find_first_not_of('0');
    form.digits =
        firstNonZero == std::string::npos ? std::string() : form.digits.substr(firstNonZero);
    while (!form.digits.empty() && form.digits.back() == '0') {
        form.digits.pop_back();
        ++exponent;
    }
    form.exponent = form.digits.empty() ? 0 : exponent;
    return form;
}

} // namespace

Fraction::Fraction(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 divisor = greatestCommonDivisor(numerator, denominator);
    m_num = divisor > 1 ? numerator / divisor : numerator;
    m_den = divisor > 1 ? denominator / divisor : denominator;
}

std::optional<Fraction> Fraction::fromJsonNumber(double value, int maxDecimals, double maxMagnitude)
{
    if (!std::isfinite(value) || std::fabs(value) > maxMagnitude)
        return std::nullopt;
    const DecimalForm form = shortestDecimal(value);
    if (form.digits.empty())
        return Fraction();
    if (-form.exponent > maxDecimals)
        return std::nullopt;
    // |value| ≤ maxMagnitude keeps digits × 10^exponent well inside 128 bits.
    Int128 digits = 0;
    for (const char c : form.digits)
        digits = digits * 10 + (c - '0');
    if (form.negative)
        digits = -digits;
    if (form.exponent >= 0)
        return Fraction(digits * powerOfTen(form.exponent), 1);
    return Fraction(digits, powerOfTen(-form.exponent));
}

int Fraction::decimalPlaces(double value)
{
    if (!std::isfinite(value))
        return 0;
    const DecimalForm form = shortestDecimal(value);
    return form.exponent < 0 ? -form.exponent : 0;
}

Hundredths Fraction::roundToHundredths() const
{
    // value × 100 = m_num × 100 / m_den; round half away from zero.
    const Int128 scaled = absolute(m_num) * 100;
    const Int128 rounded = (2 * scaled + m_den) / (2 * m_den);
    return static_cast<Hundredths>(m_num < 0 ? -rounded : rounded);
}

double Fraction::toDouble() const
{
    return static_cast<double>(m_num) / static_cast<double>(m_den);
}

Fraction Fraction::operator+(const Fraction &other) const
{
    return Fraction(m_num * other.m_den + other.m_num * m_den, m_den * other.m_den);
}

Fraction Fraction::operator-(const Fraction &other) const
{
    return Fraction(m_num * other.m_den - other.m_num * m_den, m_den * other.m_den);
}

Fraction Fraction::operator*(const Fraction &other) const
{
    return Fraction(m_num * other.m_num, m_den * other.m_den);
}

Fraction Fraction::operator/(const Fraction &other) const
{
    return Fraction(m_num * other.m_den, m_den * other.m_num);
}

std::strong_ordering operator<=>(const Fraction &a, const Fraction &b)
{
    const Int128 left = a.m_num * b.m_den;
    const Int128 right = b.m_num * a.m_den;
    if (left < right)
        return std::strong_ordering::less;
    if (left > right)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

std::optional<qint64> percentInHundredths(Hundredths points, Hundredths maximum)
{
    if (maximum == 0)
        return std::nullopt;
    return Fraction(Int128(points) * 100, maximum).roundToHundredths();
}

} // namespace ParScore
