#include "itemhistory.h"

#include "answersparser.h"
#include "answertext.h"
#include "assessmentstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ParScore {
namespace {

// The bonus or penalty item a log names "bonus:ID" / "penalty:ID"; none for a node id.
std::optional<ExtraKind> extraKindOf(const QString &item)
{
    if (item.startsWith(QLatin1String("bonus:")))
        return ExtraKind::Bonus;
    if (item.startsWith(QLatin1String("penalty:")))
        return ExtraKind::Penalty;
    return std::nullopt;
}

bool holdsItem(const CriteriaSet &set, const QString &item)
{
    if (const auto kind = extraKindOf(item)) {
        const auto &section = set.extra(*kind);
        return section && section->item(item.section(u':', 1));
    }
    return set.node(item) != nullptr;
}

// A logged answer or count as a person reads it; as logged when the rule does not take it.
QString readable(const CriteriaSet &set, const QString &item, const QString &logged)
{
    if (logged.isEmpty())
        return {};
    if (extraKindOf(item)) {
        bool whole = false;
        const qint64 count = logged.toLongLong(&whole);
        return whole && count >= 0 ? AnswerText::count(count) : logged;
    }
    const CriteriaNode *leaf = set.node(item);
    const QJsonDocument json = QJsonDocument::fromJson(logged.toUtf8());
    if (!leaf || !leaf->isLeaf() || !json.isObject())
        return logged;
    // The appraisers' role takes every leaf; the self layer's answers are the agency's.
    const auto answer = AnswersParser::parseAnswer(set, item, json.object(), Role::Appraiser);
    return answer ? AnswerText::of(*leaf, answer.value()) : logged;
}

} // namespace

Result<QList<ItemChange>> ItemHistory::read(ParxFile &file, const AssessmentInfo &assessment,
                                            const CriteriaSet &set, const QString &item)
{
    if (!holdsItem(set, item))
        return Error::invalid(
            AssessmentStore::tr("There is no item %1 in the criteria set").arg(item));
    QSqlQuery query(file.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at, author, action, layer, old_value, new_value FROM "
                                 "change_log WHERE assessment = ? "
                                 "AND item = ? AND action IN ('answer', 'merge', 'merge-conflict', "
                                 "'note') ORDER BY at, rowid"));
    query.addBindValue(assessment.uuid);
    query.addBindValue(item);
    if (!query.exec())
        return Error::unreadable(AssessmentStore::tr("The file is damaged or was altered: %1")
                                     .arg(AssessmentStore::tr("the change log cannot be read")));
    QList<ItemChange> changes;
    while (query.next()) {
        ItemChange change;
        change.at = query.value(0).toLongLong();
        change.author = query.value(1).toString();
        change.action = query.value(2).toString();
        change.kind = change.action == QLatin1String("note") ? ItemChange::Kind::Note
                                                             : ItemChange::Kind::Answer;
        change.layer = query.value(3).toString();
        change.item = item;
        change.oldValue = query.value(4).toString();
        change.newValue = query.value(5).toString();
        const bool note = change.kind == ItemChange::Kind::Note;
        change.oldText = note ? change.oldValue : readable(set, item, change.oldValue);
        change.newText = note ? change.newValue : readable(set, item, change.newValue);
        changes.append(change);
    }
    return changes;
}

} // namespace ParScore
