#pragma once

#include "result.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ParScore {

class ProvinceDocument;

// "History of item X — agency Y" (issue 10, point 9): every logged change of one item of one
// agency's assessment, oldest first — when (local time), who, what (an answer, a note, a
// merge), in which round, and old → new as a person reads it. Read again after every edit
// of that assessment while it is open.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        RoundColumn,
        ChangeColumn,
        ColumnCount
    };

    HistoryDialog(ProvinceDocument *document, QString assessmentUuid, QString nodeId,
                  QWidget *parent = nullptr);

    // Opens the history of `nodeId` (a node id, or "bonus:ID" / "penalty:ID") of an
    // assessment beside `parent`, not modal; it closes itself. nullptr (and an error
    // dialog) when the assessment or the item cannot be found.
    static HistoryDialog *show(QWidget *parent, ProvinceDocument *document,
                               const QString &assessmentUuid, const QString &nodeId);
    using QDialog::show;

    QTableWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }
    // Reads the history again; an error (also shown in the dialog) when it cannot.
    Result<bool> reload();

private:
    Result<bool> readHistory();

    ProvinceDocument *m_document;
    QString m_uuid;
    QString m_nodeId;
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ParScore
