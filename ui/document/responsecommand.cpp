#include "responsecommand.h"

#include "requestpart.h"

#include <QCoreApplication>

namespace ParScore {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EditCommands)
};

QList<ResponseDocument> documentsOf(const std::optional<ExplanationResponse> &response)
{
    return response ? response->documents : QList<ResponseDocument>();
}

} // namespace

SetResponseCommand::SetResponseCommand(RequestPart *part, QString nodeId, std::optional<ExplanationResponse> before,
                                       std::optional<ExplanationResponse> after, QStringList sources, int visit)
    : EditCommand(std::move(nodeId), nullptr, visit)
    , m_part(part)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_sources(std::move(sources))
{
    setText(describe());
}

bool SetResponseCommand::textOnly() const
{
    return documentsOf(m_before) == documentsOf(m_after);
}

QString SetResponseCommand::describe() const
{
    return textOnly() ? Text::tr("Explanation of item %1").arg(m_nodeId)
                      : Text::tr("Documents of the explanation of item %1").arg(m_nodeId);
}

void SetResponseCommand::redo()
{
    if (!m_part->write(m_nodeId, m_before, m_after, m_sources))
        setObsolete(true);
}

void SetResponseCommand::undo()
{
    m_part->write(m_nodeId, m_after, m_before, {});
}

bool SetResponseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetResponseCommand *>(other);
    if (!textOnly() || !next->textOnly() || !continues(*next))
        return false;
    absorb(*next);
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace ParScore
