#pragma once

#include "resultcharts.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPainter;
class QTableView;

namespace ParScore {

// The over-claim per agency and area (ResultCharts::overclaimByArea) as a table: one row per
// agency of a group, code and name, then one column per area. Each cell holds the signed
// percentage points and a diverging colour (over-claim red, under-claim blue, 0 white); the
// over-claims are bold as well, so that black-and-white print reads the sign and the number.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        FirstAreaColumn
    };
    // The figure of a cell (hundredths of a percentage point), or an invalid QVariant.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit HeatMapModel(QObject *parent = nullptr);
    void reset(const ResultCharts::AreaOverclaims &figures);
    // The largest over- or under-claim shown (at least one percentage point): the strongest
    // colour.
    qint64 scale() const { return m_scale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResultCharts::AreaOverclaims m_figures;
    qint64 m_scale = 100;
};

// The heat map's tab: the group chosen, the table and its legend.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);
    // Shows `overview` again, on the group chosen before when it is still there.
    void refill(const Overview &overview);
    QString group() const;
    void setGroup(const QString &group);
    HeatMapModel *model() const { return m_model; }
    QString title() const;
    // The table whole (every row, however many are scrolled away) with its title and
    // legend, on as many pages of `device` as it takes.
    void print(QPainter &painter, QPagedPaintDevice &device) const;

private:
    void showGroup();

    const Overview *m_overview = nullptr;
    QComboBox *m_groups = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_legend = nullptr;
    HeatMapModel *m_model = nullptr;
};

// The label of an area on an axis or a column: "1. Chỉ đạo, điều hành", shortened at a word
// to at most `maxLength` characters with an ellipsis.
QString areaLabel(const ResultCharts::Area &area, int maxLength = 40);

} // namespace ParScore
