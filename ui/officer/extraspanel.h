#pragma once

#include "criteriaset.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace ParScore {

class AssessmentDocument;

// The bonus or the penalty section, shown when its row is selected in the tree: each
// item with how many times it applies, and the section's points within its maximum.
class ExtrasPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExtrasPanel(AssessmentDocument *document, QWidget *parent = nullptr);
    void showSection(ExtraKind kind);
    std::optional<ExtraKind> section() const { return m_kind; }
    bool focusInput(); // the first count; false when there is none

signals:
    void inputRefused(const QString &why); // typed text a count did not take

private:
    void rebuild();
    void refresh();

    AssessmentDocument *m_document;
    std::optional<ExtraKind> m_kind;
    QLabel *m_title;
    QLabel *m_result;
    QWidget *m_items = nullptr; // made again for each section
    QList<QSpinBox *> m_counts;
};

} // namespace ParScore
