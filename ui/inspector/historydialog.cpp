#include "historydialog.h"

#include "assessmentstore.h"
#include "itemhistory.h"
#include "language.h"
#include "layernames.h"
#include "messages.h"
#include "provincedocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ParScore {

namespace {

// The title of a node, or of a bonus/penalty item named "bonus:ID" / "penalty:ID".
QString itemTitle(const CriteriaSet &set, const QString &item)
{
    if (const CriteriaNode *node = set.node(item))
        return node->title;
    const ExtraKind kind =
        item.startsWith(QLatin1String("bonus:")) ? ExtraKind::Bonus : ExtraKind::Penalty;
    const auto &section = set.extra(kind);
    const ExtraItem *extra = section ? section->item(item.section(u':', 1)) : nullptr;
    return extra ? extra->title : QString();
}

QString whatChanged(const ItemChange &change)
{
    if (change.action == QLatin1String("answer"))
        return HistoryDialog::tr("Answer");
    if (change.action == QLatin1String("note"))
        return HistoryDialog::tr("Note");
    if (change.action == QLatin1String("merge"))
        return HistoryDialog::tr("Answer brought by a merge");
    if (change.action == QLatin1String("merge-conflict"))
        return HistoryDialog::tr("Merge conflict: the new value was kept");
    return change.action;
}

QString roundName(const QString &key)
{
    const auto layer = layerFromKey(key);
    return layer ? layerName(*layer) : key;
}

// One line of a value (a note may have several); none as a dash.
QString shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.simplified();
}

QString full(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

HistoryDialog::HistoryDialog(ProvinceDocument *document, QString assessmentUuid, QString nodeId,
                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_uuid(std::move(assessmentUuid))
    , m_nodeId(std::move(nodeId))
{
    setObjectName(QStringLiteral("historyDialog"));
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("historyTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Round"), tr("Old → new")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Messages::nameStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(document, &ProvinceDocument::assessmentChanged, this, [this](const QString &uuid) {
        if (uuid == m_uuid)
            reload();
    });
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        close();
    });
}

HistoryDialog *HistoryDialog::show(QWidget *parent, ProvinceDocument *document,
                                   const QString &assessmentUuid, const QString &nodeId)
{
    auto *dialog = new HistoryDialog(document, assessmentUuid, nodeId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto read = dialog->reload(); !read) {
        delete dialog;
        Messages::showError(parent, read.error());
        return nullptr;
    }
    dialog->show();
    return dialog;
}

Result<bool> HistoryDialog::reload()
{
    auto read = readHistory();
    if (!read) {
        m_empty->setText(read.error().message);
        m_empty->show();
        m_table->hide();
    }
    return read;
}

Result<bool> HistoryDialog::readHistory()
{
    if (!m_document)
        return false;
    AssessmentStore store(m_document->file());
    auto assessment = store.find(m_uuid);
    if (!assessment)
        return assessment.error();
    auto set = store.criteria(assessment.value().criteriaSha256);
    if (!set)
        return set.error();
    auto history = ItemHistory::read(m_document->file(), assessment.value(), set.value(), m_nodeId);
    if (!history)
        return history.error();

    const AssessmentInfo &info = assessment.value();
    setWindowTitle(tr("History of item %1 — agency %2").arg(m_nodeId, info.agencyCode));
    m_heading->setText(tr("Item %1: %2\n%3 — %4, %5")
                           .arg(m_nodeId, itemTitle(set.value(), m_nodeId), info.agencyCode,
                                info.agencyName, QString::number(info.year)));
    const QList<ItemChange> &changes = history.value();
    m_empty->setText(tr("No change of this item has been recorded yet."));
    m_empty->setVisible(changes.isEmpty());
    m_table->setVisible(!changes.isEmpty());
    m_table->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const ItemChange &change = changes[row];
        const QString changeText = tr("%1 → %2").arg(shown(change.oldText), shown(change.newText));
        const QString cells[ColumnCount] = {formatLocalTime(change.at), change.author,
                                            whatChanged(change), roundName(change.layer),
                                            changeText};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == ChangeColumn)
                item->setToolTip(
                    tr("Before: %1\nAfter: %2").arg(full(change.oldText), full(change.newText)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    return true;
}

} // namespace ParScore
