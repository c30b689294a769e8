#include "requeststore.h"

#include "assessmentstore.h"
#include "clock.h"

#include <QSqlQuery>
#include <QUuid>

namespace ParScore {
namespace {

Error damaged(const QString &detail)
{
    return Error::unreadable(AssessmentStore::tr("The file is damaged or was altered: %1").arg(detail));
}

const QString requestColumns = QStringLiteral("requests.uuid, assessment, node, requests.text, requests.created_at, "
                                              "requests.created_by, closed_at, closed_as, r.text, r.uuid IS NOT NULL");
// Awaiting a response: not closed, and no response imported.
const QString awaiting = QStringLiteral("closed_as IS NULL AND r.uuid IS NULL");

Result<QList<ExplanationRequest>> selectRequests(QSqlDatabase &db, const QString &condition,
                                                 const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM requests LEFT JOIN responses r ON r.request = requests.uuid "
                                 "WHERE %2 ORDER BY requests.created_at, requests.uuid")
                      .arg(requestColumns, condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return damaged(RequestStore::tr("the explanation requests cannot be read"));
    QList<ExplanationRequest> requests;
    while (query.next())
        requests.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                         query.value(6).toLongLong(), query.value(7).toString(), query.value(8).toString(),
                         query.value(9).toBool()});
    return requests;
}

} // namespace

Result<ExplanationRequest> RequestStore::add(const AssessmentInfo &assessment, const CriteriaSet &set,
                                             const QString &nodeId, const QString &text, const QString &author)
{
    auto inspectors = AssessmentStore::requireInspectorFile(m_file);
    if (!inspectors)
        return inspectors.error();
    if (!set.node(nodeId))
        return Error::invalid(AssessmentStore::tr("There is no item %1 in the criteria set").arg(nodeId));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("An explanation request needs a text"));
    if (trimmed.size() > maxTextLength)
        return Error::invalid(tr("An explanation request holds at most %1 characters").arg(maxTextLength));
    const qint64 now = Clock::nowMs();
    const ExplanationRequest request{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     assessment.uuid,
                                     nodeId,
                                     trimmed,
                                     now,
                                     AssessmentStore::recordedAuthor(author),
                                     0,
                                     {},
                                     {},
                                     false};
    auto written = m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        const auto status = AssessmentStore::currentStatus(db, assessment);
        if (!status)
            return status.error();
        if (status.value() == AssessmentStatus::Draft)
            return Error::invalid(tr("%1 has not submitted its self-assessment: there is nothing to explain yet")
                                      .arg(assessment.agencyCode));
        if (status.value() == AssessmentStatus::Final)
            return Error::invalid(AssessmentStore::tr("The assessment of %1 for %2 is final and can no longer be changed")
                                      .arg(assessment.agencyCode, QString::number(assessment.year)));
        // One question awaiting the agency per item: its one explanation answers it.
        auto awaitingHere = selectRequests(db, QStringLiteral("assessment = ? AND node = ? AND ") + awaiting,
                                           {assessment.uuid, nodeId});
        if (!awaitingHere)
            return awaitingHere.error();
        if (!awaitingHere.value().isEmpty())
            return Error::invalid(tr("An explanation request on item %1 already awaits the agency's response: "
                                     "withdraw it or wait for the response before asking again")
                                      .arg(nodeId));
        auto inserted = execSql(db,
                                QStringLiteral("INSERT INTO requests (uuid, assessment, node, text, created_at, "
                                               "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                                {request.uuid, request.assessment, request.node, request.text, request.createdAt,
                                 request.createdBy});
        if (!inserted)
            return inserted;
        auto logged = AssessmentStore::appendLog(db, {{}, assessment.uuid, now, author, QStringLiteral("request"),
                                                      {}, nodeId, {}, request.text});
        if (!logged)
            return logged;
        if (status.value() == AssessmentStatus::ExplanationRequested)
            return true;
        return AssessmentStore::changeStatus(db, assessment, status.value(), AssessmentStatus::ExplanationRequested,
                                             author, now);
    });
    if (!written)
        return written.error();
    return request;
}

Result<bool> RequestStore::withdraw(const AssessmentInfo &assessment, const QString &requestUuid,
                                    const QString &author)
{
    auto inspectors = AssessmentStore::requireInspectorFile(m_file);
    if (!inspectors)
        return inspectors;
    const qint64 now = Clock::nowMs();
    return m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto found = selectRequests(db, QStringLiteral("requests.uuid = ? AND assessment = ?"),
                                    {requestUuid, assessment.uuid});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Error::invalid(tr("The explanation request is no longer in the file"));
        const ExplanationRequest &request = found.value().constFirst();
        if (!request.isOpen())
            return Error::invalid(tr("The explanation request on item %1 was answered or closed: it stays on record")
                                      .arg(request.node));
        QSqlQuery exported(db);
        exported.prepare(QStringLiteral("SELECT 1 FROM change_log WHERE assessment = ? AND action = "
                                        "'request-export' AND at >= ? LIMIT 1"));
        exported.addBindValue(assessment.uuid);
        exported.addBindValue(request.createdAt);
        if (!exported.exec())
            return damaged(tr("the change log cannot be read"));
        if (exported.next())
            return Error::invalid(tr("The explanation request on item %1 was already sent to the agency: it stays on "
                                     "record")
                                      .arg(request.node));
        auto removed = execSql(db, QStringLiteral("DELETE FROM requests WHERE uuid = ?"), {requestUuid});
        if (!removed)
            return removed;
        auto logged = AssessmentStore::appendLog(db, {{}, assessment.uuid, now, author,
                                                      QStringLiteral("request-withdrawn"), {}, request.node,
                                                      request.text, {}});
        if (!logged)
            return logged;
        // The status the first request set goes back with the last request.
        QSqlQuery rest(db);
        rest.prepare(QStringLiteral("SELECT 1 FROM requests WHERE assessment = ? LIMIT 1"));
        rest.addBindValue(assessment.uuid);
        QSqlQuery latest(db);
        latest.prepare(QStringLiteral("SELECT old_value, new_value FROM change_log WHERE assessment = ? AND "
                                      "action = 'status' ORDER BY at DESC, uuid DESC LIMIT 1"));
        latest.addBindValue(assessment.uuid);
        if (!rest.exec() || !latest.exec())
            return damaged(tr("the change log cannot be read"));
        if (rest.next() || !latest.next())
            return true;
        const auto before = assessmentStatusFromKey(latest.value(0).toString());
        const auto status = AssessmentStore::currentStatus(db, assessment);
        if (!status)
            return status.error();
        if (status.value() != AssessmentStatus::ExplanationRequested
            || latest.value(1).toString() != statusKey(AssessmentStatus::ExplanationRequested)
            || (before != AssessmentStatus::Submitted && before != AssessmentStatus::InAppraisal))
            return true;
        return AssessmentStore::changeStatus(db, assessment, AssessmentStatus::ExplanationRequested, *before, author,
                                             now, QStringLiteral("request withdrawn"));
    });
}

Result<QList<ExplanationRequest>> RequestStore::list(const AssessmentInfo &assessment)
{
    return selectRequests(m_file.db(), QStringLiteral("assessment = ?"), {assessment.uuid});
}

Result<QHash<QString, int>> RequestStore::openCounts()
{
    QSqlQuery query(m_file.db());
    if (!query.exec(QStringLiteral("SELECT assessment, COUNT(*) FROM requests LEFT JOIN responses r ON "
                                   "r.request = requests.uuid WHERE closed_as IS NULL AND r.uuid IS NULL "
                                   "GROUP BY assessment")))
        return damaged(tr("the explanation requests cannot be read"));
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

Result<int> RequestStore::closeOpen(QSqlDatabase &db, const AssessmentInfo &assessment, const QString &author,
                                    qint64 now)
{
    auto open = selectRequests(db, QStringLiteral("assessment = ? AND ") + awaiting, {assessment.uuid});
    if (!open)
        return open.error();
    const QString unanswered = QStringLiteral("unanswered");
    for (const ExplanationRequest &request : open.value()) {
        auto closed = execSql(db, QStringLiteral("UPDATE requests SET closed_at = ?, closed_as = ? WHERE uuid = ?"),
                              {now, unanswered, request.uuid});
        if (!closed)
            return closed.error();
        auto logged = AssessmentStore::appendLog(db, {{}, assessment.uuid, now, author,
                                                      QStringLiteral("request-closed"), {}, request.node,
                                                      request.text, unanswered});
        if (!logged)
            return logged.error();
    }
    return int(open.value().size());
}

} // namespace ParScore
