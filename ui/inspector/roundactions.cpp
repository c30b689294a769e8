#include "roundactions.h"

#include "filedialogs.h"
#include "groupnames.h"
#include "keyprompt.h"
#include "messages.h"
#include "provincedocument.h"

#include <QDir>
#include <QFileInfo>

namespace ParScore {

QString RoundActions::requestExplanation(QWidget *parent, ProvinceDocument *document, const AgencyAppraisal &agency,
                                         QString nodeId)
{
    const CriteriaNode *node = agency.set.node(nodeId);
    if (!node)
        return {};
    const auto text = Messages::askText(
        parent, tr("Request an explanation"),
        tr("What should %1 explain, or which documents should it add, for item %2 “%3”? The agency reads this text.")
            .arg(agency.info.agencyName, node->id, node->title),
        RequestStore::maxTextLength);
    if (!text || !document->requestExplanation(agency.info, agency.set, nodeId, *text))
        return {};
    return tr("Explanation requested on item %1. Send the request file when every item is flagged.").arg(nodeId);
}

QString RoundActions::sendForExplanation(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment)
{
    const int notes = Messages::choose(
        parent,
        tr("The request file for %1 carries its submission as it was sealed, the council's round-1 points and the "
           "requests awaiting its explanation, and nothing of any other agency. Should the agency also read the "
           "appraisers' round-1 notes?")
            .arg(assessment.agencyName),
        {tr("Send &with the notes"), tr("Send &without the notes")}); // as export-request: shown unless withheld
    if (notes < 0)
        return {};
    const QString path = FileDialogs::saveFile(parent, FileDialogs::Purpose::Requests, tr("Save the request file"),
                                               tr("%1-%2-explanation-request.parx")
                                                   .arg(QString::number(assessment.year), assessment.agencyCode),
                                               tr("ParScore files (*.parx)"), false);
    if (path.isEmpty())
        return {};
    if (QFileInfo::exists(path)) {
        Messages::showError(parent, Error::invalid(tr("%1 already exists: a request file is never written over "
                                                      "another file. Choose another name.")
                                                       .arg(QDir::toNativeSeparators(path))));
        return {};
    }
    auto written = document->exportRequest(assessment, path, notes == 0);
    if (!written) {
        Messages::showError(parent, written.error());
        return {};
    }
    return tr("Request file written: %1. Send it to %2; its explanation comes back in the same file.")
        .arg(QDir::toNativeSeparators(path), assessment.agencyName);
}

QString RoundActions::finalize(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment,
                               int openRequests)
{
    QString question = tr("Finalize the result of %1? After this, no layer changes without reopening it with a "
                          "reason.")
                           .arg(assessment.agencyName);
    if (openRequests > 0)
        question += u' '
                    + tr("%n explanation request still awaits the agency's response: it will be closed as unanswered.", nullptr, openRequests);
    if (!Messages::confirm(parent, question))
        return {};
    // Signed with the inspector's key, made on first use in the inspector's name.
    const auto key = KeyPrompt::signingKey(parent, document->author());
    if (!key)
        return {};
    auto closed = document->finalize(assessment, key->key.pair);
    if (!closed) {
        Messages::showError(parent, closed.error());
        return {};
    }
    return (closed.value() > 0
                ? tr("The result of %1 is final; %n request was closed as unanswered.", nullptr, closed.value())
                      .arg(assessment.agencyName)
                : tr("The result of %1 is final.").arg(assessment.agencyName))
           + u' ' + KeyPrompt::signedText(*key);
}

QString RoundActions::finalizeGroup(QWidget *parent, ProvinceDocument *document, const QString &group)
{
    if (!Messages::confirm(parent, tr("Finalize the results of every agency of the group “%1” whose final layer is "
                                      "complete? Their open explanation requests are closed as unanswered; the others "
                                      "stay as they are.")
                                       .arg(groupName(group))))
        return {};
    const auto key = KeyPrompt::signingKey(parent, document->author());
    if (!key)
        return {};
    auto outcomes = document->finalizeGroup(group, key->key.pair);
    if (!outcomes) {
        Messages::showError(parent, outcomes.error());
        return {};
    }
    int finalized = 0;
    QStringList notFinalized;
    for (const FinalizeOutcome &outcome : outcomes.value()) {
        if (outcome.finalized)
            ++finalized;
        else
            notFinalized.append(QStringLiteral("%1 — %2: %3")
                                    .arg(outcome.assessment.agencyCode, outcome.assessment.agencyName, outcome.reason));
    }
    QString done = tr("%n result of the group is now final.", nullptr, finalized);
    if (finalized > 0)
        done += u' ' + KeyPrompt::signedText(*key);
    if (!notFinalized.isEmpty()) {
        Error left = Error::invalid(
            done + u' ' + tr("%n agency was not finalized (see the details).", nullptr, int(notFinalized.size())));
        left.details = notFinalized;
        Messages::showError(parent, left);
    }
    return done;
}

QString RoundActions::reopen(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment)
{
    const auto reason = Messages::askText(
        parent, tr("Reopen a final result"),
        tr("Why is the final result of %1 reopened? The reason is kept in the file's log; the agency goes back "
           "to being appraised.")
            .arg(assessment.agencyName),
        StatusFlow::maxReasonLength);
    if (!reason)
        return {};
    auto reopened = document->reopen(assessment, *reason);
    if (!reopened) {
        Messages::showError(parent, reopened.error());
        return {};
    }
    return tr("The result of %1 is reopened and is being appraised again.").arg(assessment.agencyName);
}

} // namespace ParScore
