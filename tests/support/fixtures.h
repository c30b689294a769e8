#pragma once

#include "answersparser.h"
#include "criteriaparser.h"
#include "scorer.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

// Builders for small criteria sets and answers written inline in tests.
namespace ParScore::Test {

// A complete criteria set around `nodesJson` (the JSON array of top-level nodes);
// `extraJson` adds top-level members, e.g. R"("bonus": {...})".
QByteArray criteriaJson(const QString &nodesJson, const QString &extraJson = {});
// Parses a set that must be valid (fails the test otherwise).
CriteriaSet makeSet(const QString &nodesJson, const QString &extraJson = {});
// A one-leaf set: area "1" holding leaf "1.1" with the given rule and extra node fields.
CriteriaSet leafSet(const QString &maxPoints, const QString &ruleJson,
                    const QString &nodeExtra = {});

// An answers file around `answersJson` (the members of "answers") and optional extras.
QByteArray answersJson(const QString &answersJson, const QString &extraJson = {});
// Parses answers that must be valid.
AnswerSet makeAnswers(const CriteriaSet &set, const QString &answersJson,
                      Role role = Role::Appraiser, const QString &extraJson = {});
// The error details of answers that must be invalid.
QStringList answerProblems(const CriteriaSet &set, const QString &answersJson,
                           Role role = Role::Appraiser, const QString &extraJson = {});
// The error details of a criteria set that must be invalid.
QStringList criteriaProblems(const QByteArray &json);

// Scores leaf "1.1" of a leafSet with one answer; returns hundredths.
Hundredths leafPoints(const CriteriaSet &set, const QString &answerJson);

bool anyContains(const QStringList &texts, const QString &needle);

// A PDF's text as pdftotext reads it, row by row ("fi" and "fl" ligatures spelled out).
QString pdfText(const QString &path);
// How many pages a PDF has (pdfinfo).
int pdfPages(const QString &path);

} // namespace ParScore::Test
