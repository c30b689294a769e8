#include "answersscan.h"

#include <QSqlError>
#include <algorithm>

namespace ParScore {
namespace {

// SQLite orders text by its UTF-8 bytes (BINARY collation): the scan compares the same way.
QByteArray scanKey(const QString &uuid)
{
    return uuid.toUtf8();
}

Error damaged(const QString &detail)
{
    return Error::unreadable(
        AssessmentStore::tr("The file is damaged or was altered: %1").arg(detail));
}

} // namespace

void AnswersScan::sortForScan(QList<AssessmentInfo> &assessments)
{
    std::sort(assessments.begin(), assessments.end(),
              [](const AssessmentInfo &a, const AssessmentInfo &b) {
                  return scanKey(a.uuid) < scanKey(b.uuid);
              });
}

Result<bool> AnswersScan::start()
{
    m_query.emplace(m_file.db());
    // Read forward only: the rows of a province are not kept in memory by the driver.
    m_query->setForwardOnly(true);
    // Text keys only: a key of another type matches no assessment (as in answers()), and
    // would break the order the scan relies on. The primary key's index gives the order.
    if (!m_query->exec(QStringLiteral("SELECT assessment, layer, kind, item, answer FROM answers "
                                      "WHERE typeof(assessment) = 'text' ORDER BY assessment")))
        return damaged(AssessmentStore::tr("the answers cannot be read"));
    advance();
    return true;
}

void AnswersScan::advance()
{
    m_hasRow = m_query->next();
    m_rowKey = m_hasRow ? m_query->value(0).toString().toUtf8() : QByteArray();
}

Result<AnswersScan::Layers> AnswersScan::next(const AssessmentInfo &assessment, const CriteriaSet &set)
{
    auto rows = nextRows(assessment);
    if (!rows)
        return rows.error();
    return parse(set, rows.value());
}

Result<AnswersScan::Rows> AnswersScan::nextRows(const AssessmentInfo &assessment)
{
    const QByteArray key = scanKey(assessment.uuid);
    if (!m_query) {
        auto started = start();
        if (!started)
            return started.error();
    } else if (key <= m_lastKey) {
        // A caller's mistake, never the file's: rows already passed would be read as empty.
        return Error::invalid(tr("Assessments must be read in the order of their UUIDs"));
    }
    m_lastKey = key;
    while (m_hasRow && m_rowKey < key)
        advance(); // rows of assessments not asked for
    Rows rows;
    for (; m_hasRow && m_rowKey == key; advance()) {
        const auto layer = layerFromKey(m_query->value(1).toString());
        if (!layer)
            return damaged(AssessmentStore::tr("a stored answer is invalid"));
        rows[int(*layer)].append({m_query->value(2).toString(), m_query->value(3).toString(),
                                  m_query->value(4).toByteArray()});
    }
    if (m_query->lastError().isValid())
        return damaged(AssessmentStore::tr("the answers cannot be read"));
    return rows;
}

Result<AnswersScan::Layers> AnswersScan::parse(const CriteriaSet &set, const Rows &rows)
{
    Layers layers;
    for (const Layer layer : allLayers) {
        auto parsed = AssessmentStore::answersFromRows(set, layer, rows[int(layer)]);
        if (!parsed)
            return parsed.error();
        layers[int(layer)] = std::move(parsed).value();
    }
    return layers;
}

} // namespace ParScore
