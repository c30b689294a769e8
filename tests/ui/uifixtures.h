#pragma once

#include "assessmentdocument.h"

#include <QTemporaryDir>

#include <memory>

// Assessment files and documents for the window tests.
namespace ParScore::Test {

// A department's new assessment on the built-in illustrative set, as stp.parx in `dir`.
QString newFile(const QTemporaryDir &dir);
// Opens a document that must open, for editing.
std::unique_ptr<AssessmentDocument> openDocument(const QString &path);
// Opens a document read-only, to read back what another one wrote.
std::unique_ptr<AssessmentDocument> readDocument(const QString &path);
// The answer of a leaf as stored in the file, read back by a fresh document ("none").
QString storedAnswer(const QString &path, const QString &nodeId);
// The first leaf of a rule kind the agency scores.
QString leafOfKind(const CriteriaSet &set, RuleKind kind, TierInput input = TierInput::Percent);

} // namespace ParScore::Test
