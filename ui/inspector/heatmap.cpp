#include "heatmap.h"

#include "groupnames.h"
#include "language.h"

#include <QAbstractTextDocumentLayout>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ParScore {
namespace {

const QColor overclaimColour(0xb0, 0x00, 0x20); // claimed more than given
const QColor underclaimColour(0x1f, 0x4e, 0xa0); // claimed less

QColor mixed(const QColor &to, double share)
{
    const auto channel = [share](int full) { return int(255 + (full - 255) * share + 0.5); };
    return QColor(channel(to.red()), channel(to.green()), channel(to.blue()));
}

// Over-claims with their sign, as the overview writes them: −6,67 where the agency claimed more.
QString signedText(qint64 hundredths)
{
    return formatSignedPoints(hundredths < 0 ? -hundredths : hundredths, hundredths < 0);
}

// A header on a few short lines: the table's columns stay narrow.
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= width)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    return lines.join(u'\n');
}

} // namespace

QString areaLabel(const ResultCharts::Area &area, int maxLength)
{
    QString label = area.title.isEmpty() ? area.nodeId : area.nodeId + QStringLiteral(". ") + area.title;
    if (label.size() <= maxLength)
        return label;
    label.truncate(maxLength - 1);
    const qsizetype space = label.lastIndexOf(u' ');
    if (space > maxLength / 2)
        label.truncate(space);
    while (label.endsWith(u',') || label.endsWith(u' '))
        label.chop(1);
    return label + QChar(0x2026);
}

HeatMapModel::HeatMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeatMapModel::reset(const ResultCharts::AreaOverclaims &figures)
{
    beginResetModel();
    m_figures = figures;
    m_scale = 100;
    for (const ResultCharts::AreaOverclaimRow &row : std::as_const(m_figures.rows)) {
        for (const std::optional<qint64> &cell : row.percentPoints) {
            if (cell)
                m_scale = std::max(m_scale, *cell < 0 ? -*cell : *cell);
        }
    }
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.rows.size());
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAreaColumn + int(m_figures.areas.size());
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.rows.size())
        return {};
    const ResultCharts::AreaOverclaimRow &row = m_figures.rows[index.row()];
    if (index.column() == CodeColumn)
        return role == Qt::DisplayRole ? QVariant(row.agencyCode) : QVariant();
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.agencyName) : QVariant();
    const qsizetype area = index.column() - FirstAreaColumn;
    if (area >= row.percentPoints.size() || !row.percentPoints[area])
        return {};
    const qint64 value = *row.percentPoints[area];
    const double share = std::min(1.0, double(value < 0 ? -value : value) / double(m_scale));
    switch (role) {
    case Qt::DisplayRole:
        return signedText(value);
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return value == 0 ? QBrush(Qt::white) : QBrush(mixed(value < 0 ? overclaimColour : underclaimColour, share));
    case Qt::ForegroundRole:
        return QBrush(share > 0.55 ? Qt::white : Qt::black);
    case Qt::FontRole:
        if (value < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — %2: %3 percentage points")
            .arg(row.agencyName, m_figures.areas[area].title, signedText(value));
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CodeColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Code")) : QVariant();
    if (section == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Agency")) : QVariant();
    const qsizetype area = section - FirstAreaColumn;
    if (area < 0 || area >= m_figures.areas.size())
        return {};
    if (role == Qt::DisplayRole)
        return wrapped(areaLabel(m_figures.areas[area], 45), 16);
    if (role == Qt::ToolTipRole)
        return areaLabel(m_figures.areas[area], 1000);
    return {};
}

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_groups = new QComboBox(this);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_groups);
    top->addWidget(groupLabel);
    top->addWidget(m_groups);
    top->addStretch();
    layout->addLayout(top);
    m_model = new HeatMapModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &HeatMapWidget::showGroup);
}

void HeatMapWidget::refill(const Overview &overview)
{
    m_overview = &overview;
    const QString chosen = group();
    QStringList groups;
    for (const OverviewRow &row : overview.rows) {
        if (!groups.contains(row.assessment.group))
            groups.append(row.assessment.group);
    }
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const QString &key : std::as_const(groups))
        m_groups->addItem(groupName(key), key);
    m_groups->setCurrentIndex(std::max(0, m_groups->findData(chosen)));
    showGroup();
}

QString HeatMapWidget::group() const
{
    return m_groups->currentData().toString();
}

void HeatMapWidget::setGroup(const QString &group)
{
    m_groups->setCurrentIndex(m_groups->findData(group));
}

QString HeatMapWidget::title() const
{
    return tr("Over-claim per area, %1 (percentage points of the area's maximum)").arg(m_groups->currentText());
}

void HeatMapWidget::showGroup()
{
    m_model->reset(m_overview ? ResultCharts::overclaimByArea(*m_overview, group()) : ResultCharts::AreaOverclaims{});
    m_table->resizeColumnToContents(HeatMapModel::CodeColumn);
    m_table->setColumnWidth(HeatMapModel::NameColumn, 260);
    m_legend->setText(
        tr("<b>%1</b> — final answers scored as the agency minus its self-assessment, per area. "
           "<span style='background:#b00020;color:white'>&nbsp;−, bold&nbsp;</span> claimed more than the "
           "appraisers give; <span style='background:#1f4ea0;color:white'>&nbsp;+&nbsp;</span> claimed less; "
           "white: as given; empty: nothing to compare. Strongest colour at ±%2.")
            .arg(title().toHtmlEscaped(), formatPercent(m_model->scale())));
}

void HeatMapWidget::print(QPainter &painter, QPagedPaintDevice &device) const
{
    const QRect page = painter.viewport();
    const QFontMetrics metrics = painter.fontMetrics();
    const int line = metrics.height() * 3 / 2;
    const int pad = metrics.averageCharWidth();
    const int columns = m_model->columnCount();
    const int codeWidth = metrics.horizontalAdvance(QStringLiteral("MMMMMMMM")) + 2 * pad;
    const int nameWidth = page.width() / 4;
    const int areaWidth = columns > HeatMapModel::FirstAreaColumn
                              ? (page.width() - codeWidth - nameWidth) / (columns - HeatMapModel::FirstAreaColumn)
                              : 0;
    const auto left = [&](int column) {
        return column == HeatMapModel::CodeColumn ? 0
               : column == HeatMapModel::NameColumn
                   ? codeWidth
                   : codeWidth + nameWidth + (column - HeatMapModel::FirstAreaColumn) * areaWidth;
    };
    const auto width = [&](int column) {
        return column == HeatMapModel::CodeColumn ? codeWidth : column == HeatMapModel::NameColumn ? nameWidth : areaWidth;
    };
    QTextDocument legend;
    legend.documentLayout()->setPaintDevice(painter.device());
    legend.setDefaultFont(painter.font());
    legend.setHtml(m_legend->text());
    legend.setTextWidth(page.width());
    const int legendHeight = int(legend.size().height());
    const int headerHeight = 3 * line;
    const int rowsPerPage = std::max(1, (page.height() - line - headerHeight - legendHeight) / line);
    const int rows = m_model->rowCount();
    for (int first = 0; first == 0 || first < rows; first += rowsPerPage) {
        if (first > 0)
            device.newPage();
        QFont bold = painter.font();
        bold.setBold(true);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRect(0, 0, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title());
        painter.restore();
        int y = line;
        for (int column = 0; column < columns; ++column) {
            const QRect cell(left(column), y, width(column), headerHeight);
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(pad / 2, 0, -pad / 2, 0), Qt::AlignCenter,
                             m_model->headerData(column, Qt::Horizontal).toString());
        }
        y += headerHeight;
        for (int row = first; row < std::min(rows, first + rowsPerPage); ++row, y += line) {
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = m_model->index(row, column);
                const QRect cell(left(column), y, width(column), line);
                painter.fillRect(cell, m_model->data(index, Qt::BackgroundRole).value<QBrush>());
                painter.drawRect(cell);
                painter.save();
                if (const QVariant font = m_model->data(index, Qt::FontRole); font.isValid())
                    painter.setFont(font.value<QFont>());
                if (const QVariant pen = m_model->data(index, Qt::ForegroundRole); pen.isValid())
                    painter.setPen(pen.value<QBrush>().color());
                const int align = column >= HeatMapModel::FirstAreaColumn ? Qt::AlignRight : Qt::AlignLeft;
                const QString text = m_model->data(index).toString();
                painter.drawText(cell.adjusted(pad, 0, -pad, 0), align | Qt::AlignVCenter,
                                 painter.fontMetrics().elidedText(text, Qt::ElideRight, cell.width() - 2 * pad));
                painter.restore();
            }
        }
        painter.save();
        painter.translate(0, y + line / 2);
        legend.drawContents(&painter);
        painter.restore();
    }
}

} // namespace ParScore
