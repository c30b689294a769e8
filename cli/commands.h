#pragma once

#include <QStringList>

namespace ParScore {
class ParxFile;
}

namespace ParScore::Cli {

// Each command gets its own arguments (after the command words) and returns its exit status.
int criteriaList(const QStringList &arguments);
int criteriaCheck(const QStringList &arguments);
int criteriaExport(const QStringList &arguments);
int score(const QStringList &arguments);
int newAssessment(const QStringList &arguments);
int answer(const QStringList &arguments);
int show(const QStringList &arguments);
int seal(const QStringList &arguments);
int verify(const QStringList &arguments);
int sign(const QStringList &arguments);
int check(const QStringList &arguments);
int log(const QStringList &arguments);
int history(const QStringList &arguments);
int evidenceAdd(const QStringList &arguments);
int evidenceList(const QStringList &arguments);
int evidenceExtract(const QStringList &arguments);
int merge(const QStringList &arguments);
int overview(const QStringList &arguments);
int report(const QStringList &arguments);
int exportWorkbook(const QStringList &arguments);
int provinceNew(const QStringList &arguments);
int provinceShow(const QStringList &arguments);
int survey(const QStringList &arguments);
int requestExplanation(const QStringList &arguments);
int finalize(const QStringList &arguments);
int reopen(const QStringList &arguments);
int exportRequest(const QStringList &arguments);
int respond(const QStringList &arguments);
int keyNew(const QStringList &arguments);
int keyShow(const QStringList &arguments);
int keyExport(const QStringList &arguments);
int trust(const QStringList &arguments);
// seal and verify of a request file: its response.
int sealResponse(ParxFile &file, const QString &authorOption);
int verifyResponse(ParxFile &file);

} // namespace ParScore::Cli
