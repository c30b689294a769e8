#include "answersparser.h"

#include "criteriaparser.h"
#include "inputlimits.h"
#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
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
            AnswersParser::tr("The file %1 is larger than %2 MiB, the most an answers file may "
                              "have"),
            AnswersParser::tr("The answers are larger than %1 MiB, the most an answers file may "
                              "have"),
            AnswersParser::tr("This is not an answers file: the JSON is broken at byte %1 (%2)"),
            AnswersParser::tr("This is not an answers file: the file holds no JSON object"),
            AnswersParser::tr("This is not an answers file: “format” is not “%1”"),
            AnswersParser::tr("This answers file has format version %1; this version of "
                              "ParScore reads version %2. Install a newer ParScore.")};
}

Result<AnswerSet> AnswersParser::parseFile(const CriteriaSet &set, const QString &path, Role role)
{
    const auto bytes = readDocumentFile(path, answersMessages(), Limits::maxJsonFileBytes);
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
    parser.readAnswers(root.value(QStringLiteral("answers")), result.answers);
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

void AnswersParser::readAnswers(const QJsonValue &value, QMap<QString, Answer> &out)
{
    if (!value.isUndefined() && !value.isObject()) {
        m_log.error(QString(), tr("“answers” must be an object mapping node ids to answers"));
        return;
    }
    const QJsonObject object = value.toObject();
    if (!withinCap(QStringLiteral("answers"), object.size(), Limits::maxAnswers))
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (auto answer = readAnswer(it.key(), it.value()))
            out.insert(it.key(), *answer);
    }
}

bool AnswersParser::withinCap(const QString &key, qsizetype count, int cap)
{
    if (count <= cap)
        return true;
    m_log.error(QString(), tr("“%1” has %2 entries; the limit is %3")
                               .arg(key, QString::number(count), QString::number(cap)));
    return false;
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
    if (object.contains(QStringLiteral("notApplicable")))
        return readNotApplicable(*node, object, where);
    return readRuleAnswer(*node, object, where);
}

std::optional<Answer> AnswersParser::readNotApplicable(const CriteriaNode &node,
                                                       const QJsonObject &object,
                                                       const QString &where)
{
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
    if (!JsonFields(object, where, m_log)
             .checkLength(QStringLiteral("reason"), reason.toString(), Limits::maxReasonLength))
        return std::nullopt;
    if (node.notApplicable == NotApplicablePolicy::Forbidden) {
        m_log.error(where, tr("this item cannot be marked not applicable"));
        return std::nullopt;
    }
    Answer answer;
    answer.notApplicable = true;
    answer.reason = reason.toString();
    return answer;
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

    const QJsonValue first = object.value(keys.first());
    switch (rule.kind) {
    case RuleKind::Manual:
        return readManual(node, first, where);
    case RuleKind::Boolean: {
        if (!first.isBool()) {
            m_log.error(where, tr("“yes” must be true or false"));
            return std::nullopt;
        }
        Answer answer;
        answer.yes = first.toBool();
        return answer;
    }
    case RuleKind::Choice:
        return readChoice(rule, first, where);
    case RuleKind::Checklist:
        return readChecklist(rule, first, where);
    case RuleKind::Ratio:
    case RuleKind::Tiers:
        if (rule.kind == RuleKind::Tiers && rule.tierInput == TierInput::Number) {
            if (!first.isDouble() || !std::isfinite(first.toDouble())) {
                m_log.error(where, tr("“value” must be a finite number"));
                return std::nullopt;
            }
            Answer answer;
            answer.value = first.toDouble();
            return answer;
        }
        return readRatio(node, object, where);
    case RuleKind::Deduction: {
        const auto count = wholeNumber(object, QStringLiteral("count"), where);
        if (!count)
            return std::nullopt;
        Answer answer;
        answer.count = *count;
        return answer;
    }
    case RuleKind::Percent:
        return readPercent(first, where);
    }
    return std::nullopt;
}

std::optional<Answer> AnswersParser::readManual(const CriteriaNode &node, const QJsonValue &value,
                                                const QString &where)
{
    const Rule &rule = *node.rule;
    const Fraction max = Fraction::fromHundredths(node.maxPoints);
    const auto exact =
        value.isDouble() ? Fraction::fromJsonNumber(value.toDouble(), 2, 1e6) : std::nullopt;
    if (!exact || *exact < Fraction() || *exact > max) {
        m_log.error(where, tr("“points” must be a number from 0 to %1 with at most two decimals")
                               .arg(jsonNumberText(max.toDouble())));
        return std::nullopt;
    }
    if (!(*exact / rule.step).isInteger()) {
        m_log.error(where,
                    tr("“points” must be a multiple of %1").arg(jsonNumberText(rule.step.toDouble())));
        return std::nullopt;
    }
    Answer answer;
    answer.number = *exact;
    return answer;
}

std::optional<Answer> AnswersParser::readChoice(const Rule &rule, const QJsonValue &value,
                                                const QString &where)
{
    if (!value.isString() || !rule.option(value.toString())) {
        QStringList ids;
        for (const RuleOption &option : rule.options)
            ids.append(option.id);
        m_log.error(where, tr("“option” must be one of: %1").arg(ids.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    Answer answer;
    answer.option = value.toString();
    return answer;
}

std::optional<Answer> AnswersParser::readChecklist(const Rule &rule, const QJsonValue &value,
                                                   const QString &where)
{
    if (!value.isArray()) {
        m_log.error(where, tr("“checked” must be a list of item ids"));
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    if (items.size() > Limits::maxCheckedIds) {
        m_log.error(where, tr("“checked” has %1 entries; the limit is %2")
                               .arg(QString::number(items.size()),
                                    QString::number(Limits::maxCheckedIds)));
        return std::nullopt;
    }
    Answer answer;
    QSet<QString> seen;
    bool valid = true;
    for (const QJsonValue &item : items) {
        const QString id = item.toString();
        if (!item.isString() || !rule.option(id)) {
            m_log.error(where, tr("“%1” is not an item of this checklist")
                                   .arg(item.isString() ? id : QStringLiteral("?")));
            valid = false;
        } else if (seen.contains(id)) {
            m_log.error(where, tr("the item “%1” is checked twice").arg(id));
            valid = false;
        } else {
            seen.insert(id);
            answer.checked.append(id);
        }
    }
    return valid ? std::optional(answer) : std::nullopt;
}

std::optional<Answer> AnswersParser::readRatio(const CriteriaNode &node, const QJsonObject &object,
                                               const QString &where)
{
    const auto numerator = wholeNumber(object, QStringLiteral("numerator"), where);
    const auto denominator = wholeNumber(object, QStringLiteral("denominator"), where);
    if (!numerator || !denominator)
        return std::nullopt;
    if (*numerator > *denominator) {
        m_log.error(where, tr("the numerator (%1) is larger than the denominator (%2)")
                               .arg(QString::number(*numerator), QString::number(*denominator)));
        return std::nullopt;
    }
    if (*denominator == 0 && node.notApplicable == NotApplicablePolicy::Forbidden) {
        m_log.error(where, tr("the denominator is 0 (did not arise), but this item cannot be "
                              "not applicable"));
        return std::nullopt;
    }
    Answer answer;
    answer.numerator = *numerator;
    answer.denominator = *denominator;
    return answer;
}

std::optional<Answer> AnswersParser::readPercent(const QJsonValue &value, const QString &where)
{
    const auto exact =
        value.isDouble() ? Fraction::fromJsonNumber(value.toDouble(), 2, 1e6) : std::nullopt;
    if (!exact || *exact < Fraction() || *exact > Fraction(100, 1)) {
        m_log.error(where,
                    tr("“percent” must be a number from 0 to 100 with at most two decimals"));
        return std::nullopt;
    }
    Answer answer;
    answer.number = *exact;
    return answer;
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
    if (!withinCap(key, object.size(), Limits::maxExtraAnswers))
        return;
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
