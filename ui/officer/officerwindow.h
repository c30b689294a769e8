#pragma once

#include "scorecardhtml.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QComboBox;
class QSortFilterProxyModel;
class QScrollArea;
class QTreeView;
class QUndoCommand;

namespace ParScore {

class AssessmentDocument;
class CriteriaTreeModel;
class DetailPanel;
class ExtrasPanel;

// The agency officer's window: the criteria tree beside the selected item's details,
// totals always visible, every edit undoable and written at once.
class OfficerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit OfficerWindow(QWidget *parent = nullptr);
    ~OfficerWindow() override;

    bool openFile(const QString &path); // shows a dialog on failure
    AssessmentDocument *document() const { return m_document.get(); }
    QTreeView *tree() const { return m_tree; }
    DetailPanel *detailPanel() const { return m_detail; }
    void selectNode(const QString &nodeId);
    bool selectNextUnanswered();
    void newAssessment(); // asks for it, makes it and opens it
    // Checks readiness, asks, then seals the self-assessment signed with the user's key.
    void submit();

signals:
    void provinceFileChosen(const QString &path); // opened here, but it is the inspectors'
    void newAppraisalFileRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void teardownUi();
    void buildMenus();
    void updateSummary();
    void updateFilter();
    void chooseFile();
    void saveEditableCopy(); // of a file that cannot be changed where it is, then opens it
    void showReadiness();
    void sendExplanation(); // of a request file: checks, confirms, seals the response
    void printPreview();
    void exportPdf();
    void switchLanguage(const QString &code);
    void showEditedItem(const QUndoCommand *command);
    bool focusItemInput(); // of the item or section shown
    void showPage(QWidget *page); // the detail or the extras panel
    // Writes what is pending; false when notes stay unwritten and the officer keeps the file.
    bool mayLeaveDocument();
    std::optional<ScorecardPieces> scorecard(); // shows why when the file cannot give it

    std::unique_ptr<AssessmentDocument> m_document;
    CriteriaTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    DetailPanel *m_detail = nullptr;
    ExtrasPanel *m_extras = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace ParScore
