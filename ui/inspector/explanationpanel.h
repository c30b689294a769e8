#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace ParScore {

struct AgencyAppraisal;

// The explanation round on the item the appraisal window shows: the council's requests with
// their state, the agency's explanation and the documents it added (opened read-only, like
// the evidence), and the round-1 points the council gave before. "Request an explanation…"
// asks for one more; the window records it.
class ExplanationPanel : public QGroupBox
{
    Q_OBJECT

public:
    ExplanationPanel(QString parxPath, QWidget *parent = nullptr);

    // `roundOne`: the round-1 result line (empty when the item has none to show);
    // `mayRequest`: whether a request can be made on the item now.
    void showItem(const AgencyAppraisal &agency, const QString &nodeId, const QString &roundOne, bool mayRequest);
    QString shownText() const; // what it says, for the tests
    QListWidget *documents() const { return m_documents; }
    QPushButton *requestButton() const { return m_request; }

signals:
    void requestWanted();

private:
    QString m_parxPath;
    QLabel *m_text = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_request = nullptr;
};

} // namespace ParScore
