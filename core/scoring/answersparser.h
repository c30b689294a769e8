#pragma once

#include "answers.h"
#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ParScore {

class ProblemLog;

// Reads an answers file (criteria-format.md §2) and validates every answer against the
// criteria set and the role. Any invalid answer refuses the whole file, listing every
// problem with the node id, so nothing is ever half-applied.
class AnswersParser
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AnswersParser)

public:
    static Result<AnswerSet> parse(const CriteriaSet &set, const QByteArray &bytes, Role role);
    // The same checks on an answers file already read as JSON (stored answers, put together
    // in memory, skip writing and reading the text again).
    static Result<AnswerSet> parseObject(const CriteriaSet &set, const QJsonObject &root,
                                         Role role);
    static Result<AnswerSet> parseFile(const CriteriaSet &set, const QString &path, Role role);
    // Validates one answer object for one node (the GUI and storage use this too).
    static Result<Answer> parseAnswer(const CriteriaSet &set, const QString &nodeId,
                                      const QJsonValue &value, Role role);

private:
    AnswersParser(const CriteriaSet &set, Role role, ProblemLog &log)
        : m_set(set)
        , m_role(role)
        , m_log(log)
    {}

    void readAnswers(const QJsonValue &value, QMap<QString, Answer> &out);
    // Logs a problem naming the cap and returns false when the object under `key` has more
    // than `cap` entries (it is then not read at all).
    bool withinCap(const QString &key, qsizetype count, int cap);
    std::optional<Answer> readAnswer(const QString &nodeId, const QJsonValue &value);
    std::optional<Answer> readNotApplicable(const CriteriaNode &node, const QJsonObject &object,
                                            const QString &where);
    std::optional<Answer> readRuleAnswer(const CriteriaNode &node, const QJsonObject &object,
                                         const QString &where);
    std::optional<Answer> readManual(const CriteriaNode &node, const QJsonValue &value,
                                     const QString &where);
    std::optional<Answer> readChoice(const Rule &rule, const QJsonValue &value,
                                     const QString &where);
    std::optional<Answer> readChecklist(const Rule &rule, const QJsonValue &value,
                                        const QString &where);
    // A ratio, or tiers over a percentage: numerator and denominator.
    std::optional<Answer> readRatio(const CriteriaNode &node, const QJsonObject &object,
                                    const QString &where);
    std::optional<Answer> readPercent(const QJsonValue &value, const QString &where);
    std::optional<qint64> wholeNumber(const QJsonObject &object, const QString &key,
                                      const QString &where);
    void readExtras(const QJsonValue &value, const QString &key,
                    const std::optional<ExtraSection> &section, QMap<QString, qint64> &out);

    const CriteriaSet &m_set;
    Role m_role;
    ProblemLog &m_log;
};

} // namespace ParScore
