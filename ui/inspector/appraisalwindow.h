#pragma once

#include "assessment.h"
#include "criteriaset.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace ParScore {

class AnswerEditor;
class AppraisalExtrasPanel;
class AppraisalTreeModel;
class ExplanationPanel;
class ProvinceDocument;

// Appraising one agency: its criteria tree with every layer's points beside the selected
// item's self-assessment (answer, note, evidence opened read-only) and the inspector's input
// for the current round, with the rule inputs the officer has. Agreeing with the agency is
// one key (F8: copy the self answer into the round, then on to the next item); Ctrl+J goes
// to the next item not yet appraised. Every edit is an undo step of the province document,
// written at once; the agency's self layer is never editable here.
class AppraisalWindow : public QWidget
{
    Q_OBJECT

public:
    AppraisalWindow(ProvinceDocument *document, QString assessmentUuid, QWidget *parent = nullptr);
    ~AppraisalWindow() override;

    const QString &assessmentUuid() const { return m_uuid; }
    QTreeView *tree() const { return m_tree; }
    AnswerEditor *editor() const { return m_editor; }
    QPlainTextEdit *noteBox() const { return m_note; }
    Layer round() const { return m_round; }
    void setRound(Layer round);
    QString currentNodeId() const;
    void selectNode(const QString &nodeId);
    bool selectNextUnappraised(); // after the current item, wrapping; false when none is left
    bool agreeWithAgency();       // the self answer into the round; false when there is none
    bool isEditable() const;
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    QString notice() const; // what the window last said of a round's step
    QString signatureText() const; // who signed the submission and, once final, the result

    // The explanation round and the final result (RoundActions), for this agency.
    void requestExplanation(); // on the item shown
    void sendForExplanation();
    void finalize();
    void reopen();

signals:
    void historyRequested(const QString &assessmentUuid, const QString &nodeId);
    // An undo or redo made here changed another agency's appraisal: show it there.
    void stepElsewhere(const QString &assessmentUuid, const QString &nodeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void reload(); // from the file, after an edit; keeps the item shown
    void showNode(bool rebuildInput);
    void showSection(ExtraKind kind);
    // After an undo or redo: the step's item here, or (another agency's) said and shown there.
    void showStep(const QString &uuid, const QString &nodeId, const QString &what);
    void commitAnswer();
    void commitNote();
    void updateHeading();
    QString roundOneText(const CriteriaNode &node) const; // the round-1 result the explanation answers
    void say(const QString &what); // in the notice line, when there is something to say

    ProvinceDocument *m_document;
    QString m_uuid;
    Layer m_round = Layer::Appraisal1;
    AppraisalTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_signatures = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_finalize = nullptr;
    QPushButton *m_reopen = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    QComboBox *m_roundBox = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_selfAnswer = nullptr;
    QLabel *m_selfNote = nullptr;
    QListWidget *m_evidence = nullptr;
    QGroupBox *m_roundGroup = nullptr;
    QWidget *m_editorHolder = nullptr;
    AnswerEditor *m_editor = nullptr;
    QCheckBox *m_notApplicable = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_agree = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_roundResult = nullptr;
    QLabel *m_problem = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_final = nullptr;
    QStackedWidget *m_pages = nullptr; // the item's page, or a section's
    QWidget *m_extrasPage = nullptr;
    AppraisalExtrasPanel *m_extras = nullptr;
    std::optional<ExtraKind> m_shownSection;
    QString m_shownNode; // the item the panel shows
    QString m_noteShown; // the note as stored when the item was shown
    bool m_refreshing = false;
};

} // namespace ParScore
