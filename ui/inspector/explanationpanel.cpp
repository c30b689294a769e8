#include "explanationpanel.h"

#include "evidenceviewer.h"
#include "language.h"
#include "provincedocument.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ParScore {

namespace {

QString stateOf(const ExplanationRequest &request)
{
    if (request.responded)
        return ExplanationPanel::tr("explained by the agency");
    if (request.closedAs == QLatin1String("unanswered"))
        return ExplanationPanel::tr("closed unanswered on %1").arg(formatLocalTime(request.closedAt));
    return ExplanationPanel::tr("awaiting the agency's explanation");
}

} // namespace

ExplanationPanel::ExplanationPanel(QString parxPath, QWidget *parent)
    : QGroupBox(tr("Explanation round"), parent)
    , m_parxPath(std::move(parxPath))
{
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents = new QListWidget(this);
    m_documents->setMaximumHeight(90);
    m_documents->setToolTip(tr("Documents the agency added with its explanation. Double-click or Enter opens a "
                               "read-only copy with the system's viewer"));
    m_request = new QPushButton(tr("&Request an explanation…"), this);
    m_request->setToolTip(tr("Asks the agency to explain this item or add documents; undone with Ctrl+Z until the "
                             "request file is sent"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_documents);
    layout->addLayout(buttons);
    connect(m_request, &QPushButton::clicked, this, &ExplanationPanel::requestWanted);
    connect(m_documents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString sha256 = item->data(Qt::UserRole).toString();
        if (!sha256.isEmpty())
            EvidenceViewer::open(this, m_parxPath, sha256, item->text());
    });
}

void ExplanationPanel::showItem(const AgencyAppraisal &agency, const QString &nodeId, const QString &roundOne,
                                bool mayRequest)
{
    QStringList lines;
    m_documents->clear();
    const QList<ExplanationRequest> requests = agency.requestsOn(nodeId);
    for (const ExplanationRequest &request : requests) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(tr("Council's request (%1, %2) — %3:")
                         .arg(formatLocalTime(request.createdAt), request.createdBy, stateOf(request)));
        lines.append(request.text);
        if (const ExplanationResponse *response = agency.responseTo(request.uuid)) {
            lines.append(tr("Agency's explanation (%1, %2):").arg(formatLocalTime(response->createdAt), response->createdBy));
            lines.append(response->text);
            for (const ResponseDocument &document : response->documents) {
                auto *item = new QListWidgetItem(document.name, m_documents);
                item->setData(Qt::UserRole, document.sha256);
                if (!document.effectiveDate.isEmpty())
                    item->setToolTip(tr("In effect from %1").arg(formatIsoDate(document.effectiveDate)));
            }
        }
    }
    if (requests.isEmpty())
        lines.append(mayRequest ? tr("No explanation was requested on this item.")
                                : tr("No explanation was requested on this item; none can be now."));
    if (!roundOne.isEmpty())
        lines.append(roundOne);
    m_text->setText(lines.join(u'\n'));
    m_documents->setVisible(m_documents->count() > 0);
    m_request->setEnabled(mayRequest);
}

QString ExplanationPanel::shownText() const
{
    return m_text->text();
}

} // namespace ParScore
