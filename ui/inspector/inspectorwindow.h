#pragma once

#include "overview.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ParScore {

class AppraisalWindow;
class ChartsWindow;
class OverviewFilter;
class OverviewModel;
class ProvinceDocument;
class RankingWindow;
class SurveyGridWindow;

// The inspectors' workspace on one province file: the overview of every expected and every
// submitted agency, importing submissions (files, a folder, or dropped on the window), and
// from the overview each agency's appraisal.
class InspectorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit InspectorWindow(QWidget *parent = nullptr);
    ~InspectorWindow() override;

    bool openFile(const QString &path); // shows a dialog on failure
    ProvinceDocument *document() const { return m_document.get(); }
    QTableView *table() const { return m_table; }
    OverviewModel *overviewModel() const { return m_model; }
    OverviewFilter *overviewFilter() const { return m_filter; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *stateBox() const { return m_state; }
    QLineEdit *searchBox() const { return m_search; }
    // The appraisal of one agency (its assessment's UUID), in a window of its own; the one
    // already open for it comes to the front.
    AppraisalWindow *openAppraisal(const QString &assessmentUuid);
    SurveyGridWindow *surveyGrid() const; // nullptr until opened
    ChartsWindow *charts() const; // nullptr until opened
    RankingWindow *ranking() const; // likewise
    // Opens the preview of importing these files (folders stand for the .parx files in them).
    void importFiles(const QStringList &paths);
    // The province file's trusted keys (TrustedKeysDialog), modal.
    void showTrustedKeys();

signals:
    void agencyFileChosen(const QString &path);  // opened here, but it belongs in the officer's window
    void newAppraisalFileRequested();
    void newSelfAssessmentRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void refill(); // the overview and the filters' choices, from the document
    void updateSummary();
    void chooseFile();
    void chooseSubmissions();
    void chooseFolder();
    void switchLanguage(const QString &code);
    void openCurrentAgency(); // the overview's current row
    // A copy of the overview's current row, when it is a submitted agency's (else says why
    // not): the round's steps replace the row they act on.
    std::optional<OverviewRow> currentSubmitted();
    void addRoundActions(class QMenu *menu); // send for explanation, finalize, reopen

    std::unique_ptr<ProvinceDocument> m_document;
    OverviewModel *m_model = nullptr;
    OverviewFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QHash<QString, QPointer<AppraisalWindow>> m_appraisals;
    QPointer<SurveyGridWindow> m_surveyGrid; // goes with the document it shows
    QPointer<ChartsWindow> m_charts;         // likewise
    QPointer<RankingWindow> m_ranking;       // likewise
};

} // namespace ParScore
