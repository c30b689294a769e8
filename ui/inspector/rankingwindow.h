#pragma once

#include "overview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ParScore {

class ProvinceDocument;

// The ranking of one group on screen (Appraisal → Ranking…): the workspace's overview on the
// final result, its order and ties, STT | agency | self % | final % | grade | rank, below
// the heading the printed ranking has (provisional while results are not all final); printed
// and exported to PDF as RankingHtml lays it out, and shown again after every change.
class RankingWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RankingWindow(ProvinceDocument *document, QWidget *parent = nullptr);

    QComboBox *groupBox() const { return m_group; }
    QTableWidget *table() const { return m_table; }
    QLabel *headingLabel() const { return m_heading; }
    // The overview's rows of the group shown, as ranked.
    Overview shown() const;
    // Written whole or not at all; false (and a dialog) when it cannot be.
    bool exportPdf(const QString &path);

private:
    void refill();      // the groups, then the ranking
    void showRanking(); // of the group chosen
    void printPreview();
    void chooseExport();

    ProvinceDocument *m_document;
    QComboBox *m_group = nullptr;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ParScore
