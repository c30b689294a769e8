#pragma once

#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ParScore {

class ProvinceDocument;
class SurveyGridModel;

// The survey scores of every submitted agency at once (issue 10, point 5): a table of
// agencies × appraiser-scored items in one appraisal layer. A typed cell is taken or refused
// with the reason; a block pasted from a spreadsheet (or a whole grid with its header) is
// written whole as one undo step, or refused whole with every bad cell named. A window of
// its own beside the inspectors' workspace, sharing its document and undo history.
class SurveyGridWindow : public QWidget
{
    Q_OBJECT

public:
    SurveyGridWindow(ProvinceDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SurveyGridModel *model() const { return m_model; }
    QComboBox *layerBox() const { return m_layer; }
    QComboBox *groupBox() const { return m_group; }
    QLabel *statusLabel() const { return m_status; }

    // Pastes `text` as Ctrl+V pastes the clipboard's: a whole grid when its first cell is
    // "agency", else rows of agency codes and scores for the columns from the current one.
    // False when refused (a dialog lists why; nothing changed).
    bool pasteText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillGroups();
    void fitAgencyColumn();
    // The grid text (header first) that `text` stands for at the current column.
    Result<QString> gridText(const QString &text, bool &block) const;
    void remember(); // the current cell, before the rows are read again
    void restore();

    ProvinceDocument *m_document;
    SurveyGridModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_close = nullptr;
    QString m_currentUuid; // the current cell across a reset of the rows
    QString m_currentNode;
    int m_currentColumn = -1;
};

} // namespace ParScore
