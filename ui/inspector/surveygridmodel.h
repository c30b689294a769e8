#pragma once

#include "answers.h"
#include "assessment.h"
#include "criteriaset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace ParScore {

class ProvinceDocument;

// The survey grid as a table: one row per submitted assessment of the province's year (of
// one group, or every group; by group, then agency code), the agency first, then one column
// per appraiser-scored leaf of the rows' criteria sets (their union, in the sets' display
// order). A cell shows the chosen appraisal layer's answer in the grid's syntax (SurveyCell)
// and takes a typed one: refused with the reason at the cell, or written through the
// document as one undo step; emptied, it clears the answer.
class SurveyGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int AgencyColumn = 0;
    static constexpr int RefusedRole = Qt::UserRole + 1; // why the text typed last was refused

    explicit SurveyGridModel(ProvinceDocument *document, QObject *parent = nullptr);

    Layer layer() const { return m_layer; }
    void setLayer(Layer layer); // Appraisal1 or Appraisal2
    const QString &group() const { return m_group; }
    void setGroup(const QString &group); // empty: every group
    QStringList groups() const;          // of the submitted assessments, sorted

    QString columnId(int column) const; // the node id of a score column; empty for the agency
    const QStringList &columnIds() const { return m_columns; }
    int columnOf(const QString &nodeId) const; // -1 when not shown
    QString uuidAt(int row) const;
    int rowOf(const QString &assessmentUuid) const; // -1 when not shown
    bool isEditable() const;                        // a document open for editing

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void cellRefused(const QString &message); // what the inspector typed, and why not
    void readFailed(const QString &message);  // the file could not be read: the grid is empty

private:
    struct Row
    {
        AssessmentInfo assessment;
        std::shared_ptr<const CriteriaSet> set;
        AnswerSet answers;               // of m_layer
        QHash<QString, QString> refused; // node id → why the text typed last was refused
    };

    QList<Row> rowsOfOverview() const; // of the year and group, sorted, without answers
    void reload();                     // rows, columns and answers, from the document
    void overviewChanged();            // statuses in place, or everything again
    void assessmentChanged(const QString &uuid);
    void documentGone();
    const CriteriaNode *leafAt(const QModelIndex &index) const; // nullptr: the row's set lacks it
    QVariant cellData(const Row &row, const QString &nodeId, const CriteriaNode *leaf,
                      int role) const;

    ProvinceDocument *m_document;
    Layer m_layer = Layer::Appraisal1;
    QString m_group;
    QList<Row> m_rows;
    QStringList m_columns; // node ids
};

} // namespace ParScore
