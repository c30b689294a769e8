#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace ParScore {

// Asks when one evidence document takes effect, or that it has no such date.
class EvidenceDateDialog : public QDialog
{
    Q_OBJECT

public:
    // `isoDate`: the document's date now (YYYY-MM-DD), or empty.
    EvidenceDateDialog(const QString &documentName, const QString &isoDate, QWidget *parent = nullptr);
    QString isoDate() const; // empty: no date

private:
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
};

} // namespace ParScore
