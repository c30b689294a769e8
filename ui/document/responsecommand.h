#pragma once

#include "editcommands.h"
#include "requestfile.h"

#include <optional>

namespace ParScore {

class RequestPart;

// An edit of the response to a flagged item in a request file: its explanation, its
// documents or their dates. Redo writes the response as it is after, undo as it was
// (RequestFile::restoreResponse); explanations typed in bursts are one step to undo.
class SetResponseCommand : public EditCommand
{
public:
    // `sources`: the files documents new in `after` are read from.
    SetResponseCommand(RequestPart *part, QString nodeId, std::optional<ExplanationResponse> before,
                       std::optional<ExplanationResponse> after, QStringList sources, int visit);
    void redo() override;
    void undo() override;
    int id() const override { return 4; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QString describe() const override;

private:
    bool textOnly() const; // the documents stay as they are

    RequestPart *m_part;
    std::optional<ExplanationResponse> m_before;
    std::optional<ExplanationResponse> m_after;
    QStringList m_sources;
};

} // namespace ParScore
