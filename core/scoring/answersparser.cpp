#include "answersparser.h"

#include "criteriaparser.h"
#include "inputlimits.h"
#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ParScore {
namespace {

const QString answersFormat = QStringLiteral("parscore.answers");

// The keys an answer to a rule kind consists of, exactly.
QStringList answerKeys(const Rule &rule)
{
    switch (rule.kind) {
    case RuleKind::Manual:
        return {QStringLiteral("points")};
    case RuleKind::Boolean:
        return {QStringLiteral("yes")};
    case RuleKind::Choice:
        return {QStringLiteral("option")};
    case RuleKind::Checklist:
        return {QStringLiteral("checked")};
    case RuleKind::Ratio:
        return {QStringLiteral("numerator"), QStringLiteral("denominator")};
    case RuleKind::Tiers:
        if (rule.tierInput == TierInput::Number)
            return {QStringLiteral("value")};
        return {QStringLiteral("numerator"), QStringLiteral("denominator")};
    case RuleKind::Deduction:
        return {QStringLiteral("count")};
    case RuleKind::Percent:
        return {QStringLiteral("percent")};
    }
    return {};
}

QString quotedKeys(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &key : keys)
        quoted.append(u'"' + key + u'"');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

static DocumentMessages answersMessages()
{
    return {answersFormat,
            AnswersParser::tr("Cannot read the answers file %1: %2"),
            AnswersParser::tr("The file %1 is too large to be an answers file"),
            AnswersParser::tr("This is not an answers file: the JSON is broken at byte %1 (%2)"),
            AnswersParser::tr("This is not an answers file: the file holds no JSON object"),
            AnswersParser::tr("This is not an answers file: “format” is not “%1”"),
            AnswersParser::tr("This answers file has format version %1; this version of "
                              "ParScore reads version %2. Install a newer ParScore.")};
}

Result<AnswerSet> AnswersParser::parseFile(const CriteriaSet &set, const QString &path, Role role)
{
    const auto bytes = readDocumentFile(path, answersMessages());
    if (!bytes)
        return bytes.error();
    return parse(set, bytes.value(), role);
}

Result<AnswerSet> AnswersParser::parse(const CriteriaSet &set, const QByteArray &bytes, Role role)
{
    const auto document = openDocument(bytes, answersMessages());
    if (!document)
        return document.error();
    return parseObject(set, document.value(), role);
}

Result<AnswerSet> AnswersParser::parseObject(const CriteriaSet &set, const QJsonObject &root,
                                             Role role)
{
    ProblemLog log;
    AnswersParser parser(set, role, log);
    const JsonFields fields(root, QString(), log);
    fields.integer(QStringLiteral("formatVersion"), Limits::formatVersion, Limits::formatVersion);

    AnswerSet result;
    const QJsonValue answers = root.value(QStringLiteral("answers"));
    if (!answers.isUndefined() && !answers.isObject()) {
        log.error(QString(), tr("“answers” must be an object mapping node ids to answers"));
    } else {
        const QJsonObject object = answers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto answer = parser.readAnswer(it.key(), it.value()))
                result.answers.insert(it.key(), *answer);
        }
    }
    parser.readExtras(root.value(QStringLiteral("bonus")), QStringLiteral("bonus"), set.bonus(),
                      result.bonus);
    parser.readExtras(root.value(QStringLiteral("penalty")), QStringLiteral("penalty"),
                      set.penalty(), result.penalty);

    if (log.hasErrors())
        return Error::invalid(tr("The answers are invalid (%n problem(s)); nothing was applied",
                                 nullptr, log.errorCount()),
                              log.errors());
    return result;
}

Result<Answer> AnswersParser::parseAnswer(const CriteriaSet &set, const QString &nodeId,
                                          const QJsonValue &value, Role role)
{
    ProblemLog log;
    AnswersParser parser(set, role, log);
    const auto answer = parser.readAnswer(nodeId, value);
    if (!answer)
        return Error::invalid(log.errors().value(0), log.errors());
    return *answer;
}

std::optional<Answer> AnswersParser::readAnswer(const QString &nodeId, const QJsonValue &value)
{
    const QString where = nodeLabel(nodeId);
    const CriteriaNode *node = m_set.node(nodeId);
    if (!node) {
        m_log.error(where, tr("there is no such node in the criteria set"));
        return std::nullopt;
    }
    if (!node->isLeaf()) {
        m_log.error(where, tr("this node has sub-criteria; answer its sub-criteria instead"));
        return std::nullopt;
    }
    if (m_role == Role::Agency && node->scoredBy == ScoredBy::Appraiser) {
        m_log.error(where,
                    tr("this item is scored by the appraisers; the agency cannot answer it"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        m_log.error(where, tr("the answer must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("notApplicable"))) {
        if (object.size() != 2 || !object.contains(QStringLiteral("reason"))) {
            m_log.error(
                where,
                tr("a not-applicable answer has exactly the fields “notApplicable” and “reason”"));
            return std::nullopt;
        }
        if (object.value(QStringLiteral("notApplicable")) != QJsonValue(true)) {
            m_log.error(where, tr("“notApplicable” must be true"));
            return std::nullopt;
        }
        const QJsonValue reason = object.value(QStringLiteral("reason"));
        if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
            m_log.error(where, tr("a not-applicable answer needs a reason"));
            return std::nullopt;
        }
        if (node->notApplicable == NotApplicablePolicy::Forbidden) {
            m_log.error(where, tr("this item cannot be marked not applicable"));
            return std::nullopt;
        }
        Answer answer;
        answer.notApplicable = true;
        answer.reason = reason.toString();
        return answer;
    }
    return readRuleAnswer(*node, object, where);
}

std::optional<Answer> AnswersParser::readRuleAnswer(const CriteriaNode &node,
                                                    const QJsonObject &object, const QString &where)
{
    const Rule &rule = *node.rule;
    const QStringList keys = answerKeys(rule);
    QStringList actual = object.keys();
    actual.sort();
    QStringList expected = keys;
    expected.sort();
    if (actual != expected) {
        m_log.error(where,
                    tr("a %1 item is answered with {%2} (or not applicable); this answer has {%3}")
                        .arg(ruleKindKey(rule.kind), quotedKeys(keys), quotedKeys(object.keys())));
        return std::nullopt;
    }

    const Fraction max = Fraction::fromHundredths(node.maxPoints);
    const QJsonValue first = object.value(keys.first());
    Answer answer;
    switch (rule.kind) {
    case RuleKind::Manual: {
        const double points = first.toDouble();
        const auto exact =
            first.isDouble() ? Fraction::fromJsonNumber(points, 2, 1e6) : std::nullopt;
        if (!exact || *exact < Fraction() || *exact > max) {
            m_log.error(where,
                        tr("“points” must be a number from 0 to %1 with at most two decimals")
                            .arg(jsonNumberText(max.toDouble())));
            return std::nullopt;
        }
        if (!(*exact / rule.step).isInteger()) {
            m_log.error(
                where,
                tr("“points” must be a multiple of %1").arg(jsonNumberText(rule.step.toDouble())));
            return std::nullopt;
        }
        answer.number = *exact;
        return answer;
    }
    case RuleKind::Boolean:
        if (!first.isBool()) {
            m_log.error(where, tr("“yes” must be true or false"));
            return std::nullopt;
        }
        answer.yes = first.toBool();
        return answer;
    case RuleKind::Choice:
        if (!first.isString() || !rule.option(first.toString())) {
            QStringList ids;
            for (const RuleOption &option : rule.options)
                ids.append(option.id);
            m_log.error(where,
                        tr("“option” must be one of: %1").arg(ids.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        answer.option = first.toString();
        return answer;
    case RuleKind::Checklist: {
        if (!first.isArray()) {
            m_log.error(where, tr("“checked” must be a list of item ids"));
            return std::nullopt;
        }
        bool valid = true;
        for (const QJsonValue &item : first.toArray()) {
            const QString id = item.toString();
            if (!item.isString() || !rule.option(id)) {
                m_log.error(where, tr("“%1” is not an item of this checklist")
                                       .arg(item.isString() ? id : QStringLiteral("?")));
                valid = false;
            } else if (answer.checked.contains(id)) {
                m_log.error(where, tr("the item “%1” is checked twice").arg(id));
                valid = false;
            } else {
                answer.checked.append(id);
            }
        }
        return valid ? std::optional(answer) : std::nullopt;
    }
    case RuleKind::Ratio:
    case RuleKind::Tiers:
        if (rule.kind == RuleKind::Tiers && rule.tierInput == TierInput::Number) {
            if (!first.isDouble() || !std::isfinite(first.toDouble())) {
                m_log.error(where, tr("“value” must be a finite number"));
                return std::nullopt;
            }
            answer.value = first.toDouble();
            return answer;
        } else {
            const auto numerator = wholeNumber(object, QStringLiteral("numerator"), where);
            const auto denominator = wholeNumber(object, QStringLiteral("denominator"), where);
            if (!numerator || !denominator)
                return std::nullopt;
            if (*numerator > *denominator) {
                m_log.error(where, tr("the numerator (%1) is larger than the denominator (%2)")
                                       .arg(*numerator)
                                       .arg(*denominator));
                return std::nullopt;
            }
            if (*denominator == 0 && node.notApplicable == NotApplicablePolicy::Forbidden) {
                m_log.error(where,
                            tr("the denominator is 0 (did not arise), but this item cannot be "
                               "not applicable"));
                return std::nullopt;
            }
            answer.numerator = *numerator;
            answer.denominator = *denominator;
            return answer;
        }
    case RuleKind::Deduction: {
        const auto count = wholeNumber(object, QStringLiteral("count"), where);
        if (!count)
            return std::nullopt;
        answer.count = *count;
        return answer;
    }
    case RuleKind::Percent: {
        const auto exact =
            first.isDouble() ? Fraction::fromJsonNumber(first.toDouble(), 2, 1e6) : std::nullopt;
        if (!exact || *exact < Fraction() || *exact > Fraction(100, 1)) {
            m_log.error(where,
                        tr("“percent” must be a number from 0 to 100 with at most two decimals"));
            return std::nullopt;
        }
        answer.number = *exact;
        return answer;
    }
    }
    return std::nullopt;
}

std::optional<qint64> AnswersParser::wholeNumber(const QJsonObject &object, const QString &key,
                                                 const QString &where)
{
    const QJsonValue value = object.value(key);
    const double d = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 0
        || d > Limits::maxWholeNumber) {
        m_log.error(where, tr("“%1” must be a whole number from 0 to 10^15").arg(key));
        return std::nullopt;
    }
    return qint64(d);
}

void AnswersParser::readExtras(const QJsonValue &value, const QString &key,
                               const std::optional<ExtraSection> &section,
                               QMap<QString, qint64> &out)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        m_log.error(key, tr("must be an object mapping item ids to counts"));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString where = QStringLiteral("%1 %2").arg(key, it.key());
        if (!section || !section->item(it.key())) {
            m_log.error(where, tr("there is no such item in the criteria set"));
            continue;
        }
        const QJsonObject wrapper{{QStringLiteral("count"), it.value()}};
        if (const auto count = wholeNumber(wrapper, QStringLiteral("count"), where))
            out.insert(it.key(), *count);
    }
}

} // namespace ParScore
