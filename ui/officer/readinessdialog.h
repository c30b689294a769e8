#pragma once

#include <QDialog>

namespace ParScore {

class AssessmentDocument;

// Every item that keeps the self-assessment from being submitted (in a request file: every
// flagged item not yet explained), each one a click (or Enter) away from its place in the tree.
class ReadinessDialog : public QDialog
{
    Q_OBJECT

public:
    ReadinessDialog(AssessmentDocument *document, QWidget *parent = nullptr);
    int problemCount() const { return m_count; }

signals:
    void jumpRequested(const QString &nodeId);

private:
    int m_count = 0;
};

} // namespace ParScore
