#pragma once

#include "criteriaset.h"
#include "provincefile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ParScore {

// File → New appraisal file: the year, a title, the criteria sets the province accepts
// (built-in or loaded from files) and the agencies expected to submit (typed, or imported
// from the CSV/TSV list the province already keeps). Nothing is written until Create, and
// then the whole file at once (ProvinceFile::create).
class NewProvinceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProvinceDialog(QWidget *parent = nullptr);

    const QString &createdPath() const { return m_createdPath; }
    // What Create would write (for tests, and the dialog itself).
    NewProvince province() const;
    QTableWidget *agencyTable() const { return m_agencies; }
    // Replaces the table's rows with the agencies listed in a CSV/TSV file; false (with a
    // dialog naming the lines) when the list cannot be read.
    bool importAgencies(const QString &path);

    void accept() override;

private:
    void chooseCriteriaFile();
    void chooseAgencyList();
    void addAgency();
    void removeAgencies();
    void updateTitle(int oldYear);
    void updateCounts();
    QList<CriteriaSet> chosenSets() const;

    QSpinBox *m_year;
    QLineEdit *m_title;
    QListWidget *m_sets;
    QList<CriteriaSet> m_loaded; // every set offered, in the list's order
    QTableWidget *m_agencies;
    QLabel *m_count;
    QString m_createdPath;
};

} // namespace ParScore
