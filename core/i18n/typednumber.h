#pragma once

#include "fraction.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ParScore {

// What a box (or a cell of a pasted grid) takes: how many decimals, whether below zero,
// and the bounds of the item's rule.
struct TypedNumberRule
{
    int decimals = 0; // 0: a whole number, typed without any separator
    bool negative = false;
    std::optional<Fraction> minimum;
    std::optional<Fraction> maximum;
    bool itemBounds = true; // the bounds are the item's (say so), not only what a box holds
};

// Numbers as people type them: either "," or "." is the decimal point (the Vietnamese
// keyboard habit and the numeric keypad's key), never a thousands separator, so "2.5"
// is two and a half and "1.000" is refused in a whole-number box, never read as 1 or
// 1000. Anything that is not a number the rule takes is refused with a sentence that says
// why; nothing is rounded, cut or clamped.
class TypedNumber
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::TypedNumber)

public:
    static Result<Fraction> read(const QString &text, const TypedNumberRule &rule);
};

} // namespace ParScore
