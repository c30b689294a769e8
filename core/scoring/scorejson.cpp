#include "scorejson.h"

namespace ParScore {

QJsonValue pointsJson(Hundredths points)
{
    // The nearest double to n/100 prints back as the shortest decimal, i.e. with at
    // most two decimals, since QJsonDocument writes doubles in shortest form.
    if (points % 100 == 0)
        return QJsonValue(points / 100);
    return QJsonValue(double(points) / 100.0);
}

QString nodeStateKey(NodeState state)
{
    switch (state) {
    case NodeState::Complete:
        return QStringLiteral("complete");
    case NodeState::Incomplete:
        return QStringLiteral("incomplete");
    case NodeState::NotApplicable:
        return QStringLiteral("notApplicable");
    }
    return {};
}

QJsonObject criteriaIdentityJson(const CriteriaSet &set)
{
    return {{QStringLiteral("id"), set.id()},
            {QStringLiteral("version"), set.version()},
            {QStringLiteral("sha256"), set.sha256()},
            {QStringLiteral("status"), statusKey(set.status())}};
}

QJsonObject totalJson(const ScoreSummary &card)
{
    QJsonObject total{{QStringLiteral("points"), pointsJson(card.total)},
                      {QStringLiteral("maxPoints"), pointsJson(card.maxPoints)},
                      {QStringLiteral("bonus"), pointsJson(card.bonus)},
                      {QStringLiteral("penalty"), pointsJson(card.penalty)},
                      {QStringLiteral("complete"), card.complete}};
    if (card.percent)
        total.insert(QStringLiteral("percent"), pointsJson(*card.percent));
    if (card.grade)
        total.insert(QStringLiteral("grade"), *card.grade);
    return total;
}

QJsonObject nodesJson(const CriteriaSet &set, const Scorecard &card)
{
    QJsonObject nodes;
    for (qsizetype i = 0; i < card.nodes.size(); ++i) {
        const NodeScore &score = card.nodes[i];
        if (!score.included)
            continue;
        QJsonObject node{{QStringLiteral("points"), pointsJson(score.points)},
                         {QStringLiteral("maxPoints"), pointsJson(score.maxPoints)},
                         {QStringLiteral("state"), nodeStateKey(score.state)}};
        if (const auto percent = card.nodePercent(int(i)))
            node.insert(QStringLiteral("percent"), pointsJson(*percent));
        nodes.insert(set.nodes()[i].id, node);
    }
    return nodes;
}

QJsonObject scoreJson(const CriteriaSet &set, const Scorecard &card)
{
    return {{QStringLiteral("criteria"), criteriaIdentityJson(set)},
            {QStringLiteral("total"), totalJson(card)},
            {QStringLiteral("nodes"), nodesJson(set, card)}};
}

} // namespace ParScore
