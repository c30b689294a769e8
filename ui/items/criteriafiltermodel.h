#pragma once

#include <QSortFilterProxyModel>

namespace ParScore {

// Narrows the criteria tree to what the officer looks for: unanswered items, points
// claimed without evidence, not applicable items, and/or a text in the STT or title.
// Parents of matching items stay visible.
class CriteriaFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Unanswered, NoEvidence, NotApplicable, Requested }; // Requested: in a request file

    explicit CriteriaFilterModel(QObject *parent = nullptr);
    void setShow(Show show);
    void setText(const QString &text);
    // The first row, top to bottom, that matches by itself (not only shown as the parent
    // of a match); invalid when none does.
    QModelIndex firstMatch(const QModelIndex &parent = {}) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace ParScore
