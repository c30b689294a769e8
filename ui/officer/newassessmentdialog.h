#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ParScore {

// Creates a year's assessment file: criteria set (built-in or a file), agency code and
// name, group and year. Illustrative sets are labelled as such.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAssessmentDialog(QWidget *parent = nullptr);
    QString createdPath() const { return m_createdPath; }

    void accept() override;

private:
    void updateSet();
    void updateCreate(); // Create needs a code, a name and a group
    void chooseCriteriaFile();
    QString groupTag() const;

    QComboBox *m_set;
    QLabel *m_status;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_group;
    QSpinBox *m_year;
    QPushButton *m_create;
    QString m_createdPath;
};

} // namespace ParScore
