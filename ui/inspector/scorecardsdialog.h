#pragma once

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace ParScore {

// What File → Export the scorecards to PDF asks first: which group (or every group), which
// card (the agency's self-assessment card, or the official card of the appraisal), and one
// PDF or one file per agency in a folder.
class ScorecardsDialog : public QDialog
{
    Q_OBJECT

public:
    // `groups`: the groups present, in the overview's order.
    ScorecardsDialog(const QStringList &groups, QWidget *parent = nullptr);

    QString group() const; // empty: every group
    bool finalCard() const;
    bool oneEach() const;

    QComboBox *groupBox() const { return m_group; }
    QRadioButton *finalButton() const { return m_final; }
    QRadioButton *folderButton() const { return m_folder; }

private:
    QComboBox *m_group = nullptr;
    QRadioButton *m_final = nullptr;
    QRadioButton *m_folder = nullptr;
};

} // namespace ParScore
