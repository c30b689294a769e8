#include "readinessdialog.h"

#include "assessmentdocument.h"
#include "messages.h"
#include "readiness.h"
#include "requestpart.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace ParScore {

ReadinessDialog::ReadinessDialog(AssessmentDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Readiness check"));
    // Each row: the item and what it lacks.
    QList<std::pair<QString, QString>> rows;
    QString ready;
    QString toComplete;
    if (const RequestPart *part = document->requestPart()) {
        // A request file: only the items the council asks to explain, each needing its text.
        for (const QString &nodeId : part->unexplained())
            rows.append({nodeId, tr("no explanation yet")});
        ready = tr("Every item the council flagged is explained: the explanation can be sent.");
        toComplete = tr("%n flagged item(s) still need an explanation before sending. Press Enter or "
                        "double-click one to go to it:",
                        nullptr, int(rows.size()));
    } else {
        QSet<QString> withEvidence;
        for (const CriteriaNode &node : document->set().nodes()) {
            if (document->hasEvidence(node.id))
                withEvidence.insert(node.id);
        }
        for (const ReadinessItem &item :
             readinessProblems(document->set(), document->answers(), withEvidence, document->notes()))
            rows.append({item.nodeId, item.problem == ReadinessProblem::Unanswered
                                          ? tr("not scored")
                                          : tr("points claimed without evidence or explanation")});
        ready = tr("Every item is ready: the self-assessment can be submitted.");
        toComplete = tr("%n item(s) must be completed before submitting. Press Enter or "
                        "double-click one to go to it:",
                        nullptr, int(rows.size()));
    }
    m_count = int(rows.size());
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(rows.isEmpty() ? ready : toComplete, this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("problemListWidget"));
    list->setAccessibleName(tr("Items to complete"));
    list->setWordWrap(true); // long titles are read whole, not cut at the edge
    list->setUniformItemSizes(false);
    for (const auto &[nodeId, reason] : rows) {
        const CriteriaNode *node = document->set().node(nodeId);
        auto *row = new QListWidgetItem(QStringLiteral("%1 — %2: %3").arg(node->id, reason, node->title), list);
        row->setData(Qt::UserRole, node->id);
        row->setToolTip(row->text());
    }
    const bool problems = !rows.isEmpty();
    if (problems)
        list->setCurrentRow(0);
    list->setVisible(problems);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Messages::nameStandardButtons(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto jump = [this](QListWidgetItem *row) {
        emit jumpRequested(row->data(Qt::UserRole).toString());
        accept();
    };
    connect(list, &QListWidget::itemActivated, this, jump);
    if (problems)
        resize(760, 460);
    else
        setMinimumWidth(480); // one sentence, read on one or two lines
}

} // namespace ParScore
