#include "readinessdialog.h"

#include "assessmentdocument.h"
#include "messages.h"
#include "readiness.h"

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
    QSet<QString> withEvidence;
    for (const CriteriaNode &node : document->set().nodes()) {
        if (document->hasEvidence(node.id))
            withEvidence.insert(node.id);
    }
    const auto problems = readinessProblems(document->set(), document->answers(), withEvidence, document->notes());
    m_count = int(problems.size());
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(problems.isEmpty()
                                   ? tr("Every item is ready: the self-assessment can be submitted.")
                                   : tr("%n item(s) must be completed before submitting. Press Enter or "
                                        "double-click one to go to it:",
                                        nullptr, m_count),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("problemListWidget"));
    list->setAccessibleName(tr("Items to complete"));
    list->setWordWrap(true); // long titles are read whole, not cut at the edge
    list->setUniformItemSizes(false);
    for (const ReadinessItem &item : problems) {
        const CriteriaNode *node = document->set().node(item.nodeId);
        const QString reason = item.problem == ReadinessProblem::Unanswered
                                   ? tr("not scored")
                                   : tr("points claimed without evidence or explanation");
        auto *row = new QListWidgetItem(QStringLiteral("%1 — %2: %3").arg(node->id, reason, node->title), list);
        row->setData(Qt::UserRole, node->id);
        row->setToolTip(row->text());
    }
    if (!problems.isEmpty())
        list->setCurrentRow(0);
    list->setVisible(!problems.isEmpty());
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
    if (!problems.isEmpty())
        resize(760, 460);
    else
        setMinimumWidth(480); // one sentence, read on one or two lines
}

} // namespace ParScore
