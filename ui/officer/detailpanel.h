#pragma once

#include "answers.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace ParScore {

class AnswerEditor;
class AssessmentDocument;
class ExplanationBox;

// Everything about the selected item: title, guidance, legal basis, required evidence,
// the input for its rule, the computed points with the engine's explanation, not
// applicable with its reason, the officer's note and the item's evidence.
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    DetailPanel(AssessmentDocument *document, QWidget *parent = nullptr);
    void showNode(const QString &nodeId);
    QString nodeId() const { return m_nodeId; }
    // Attaches files to the shown item (also what dropping files on the panel does).
    void attachFiles(const QStringList &files);
    // Puts the keyboard focus on the shown item's first input (false when it has none).
    bool focusInput();
    // Writes what is typed and not yet written (a note during its pause, a number not yet
    // entered, an explanation); the window calls it before the panel goes. False when
    // something is still not written (the file said why).
    bool commitPendingEdits();
    // Notes (or explanations) typed that the file refused (it was busy or could not be written).
    bool hasUnsavedNotes() const;
    QHash<QString, QString> unsavedNotes() const { return m_unsavedNotes; }
    void keepUnsavedNotes(const QHash<QString, QString> &notes) { m_unsavedNotes.insert(notes); }

signals:
    // Typed text an input did not take (it kept its value); the window repeats it where it
    // stays visible after the panel goes.
    void inputRefused(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void refresh();
    void commitAnswer();
    bool setAnswer(const std::optional<Answer> &answer); // through the document, as one undo step or not
    void commitNote();
    void chooseFiles();
    void removeEvidence();
    void updateEvidenceButtons();
    void editEvidenceDate();
    QString chosenEvidence() const; // its SHA-256; empty when none is chosen
    void openEvidence();

    AssessmentDocument *m_document;
    QString m_nodeId;
    QLabel *m_title;
    QLabel *m_guidance;
    QLabel *m_required;
    QLabel *m_legalBasis;
    QVBoxLayout *m_answerLayout;
    QPointer<AnswerEditor> m_editor;
    QCheckBox *m_notApplicable;
    QLineEdit *m_reason;
    QLabel *m_result;
    QLabel *m_problem;
    QGroupBox *m_noteGroup;
    QGroupBox *m_evidenceGroup;
    QPlainTextEdit *m_note;
    QTimer *m_noteTimer;
    bool m_refreshing = false; // showing the file's state, not taking input
    bool m_noteUnsaved = false;           // typed since it was last written
    QHash<QString, QString> m_unsavedNotes; // notes the file refused, by item
    QListWidget *m_evidence;
    QPushButton *m_clear;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QPushButton *m_attach;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_dateButton;
    ExplanationBox *m_explanation = nullptr; // on a request file only
};

} // namespace ParScore
