#pragma once

#include <QGroupBox>
#include <QHash>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ParScore {

class AssessmentDocument;
class RequestPart;

// The request on a flagged item of a request file, in the detail panel: the council's
// text(s) and round-1 points beside the agency's own, the officer's explanation and the
// documents sent with it (attached with a file dialog or dropped here, each with its
// effective date). Hidden on items the council did not flag; read-only once sealed.
class ExplanationBox : public QGroupBox
{
    Q_OBJECT

public:
    ExplanationBox(AssessmentDocument *document, QWidget *parent = nullptr);
    void showNode(const QString &nodeId);
    void attachFiles(const QStringList &files); // asks for their effective date first
    // Writes the explanation being typed, and those the file refused before; false when one
    // is still not written (the file said why).
    bool commitPendingEdits();
    bool hasUnsaved() const { return m_unsaved || !m_unsavedTexts.isEmpty(); }
    QList<QWidget *> inputs() const;            // in the order Tab walks them
    // The banner of a window showing a request file at `path`.
    static QString bannerText(const RequestPart &part, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    bool commitText();
    void limitLength();
    void chooseFiles();
    void editDate();
    void openDocument();
    void updateButtons();
    QString chosenDocument() const; // its SHA-256; empty when none is chosen

    AssessmentDocument *m_document;
    RequestPart *m_part;
    QString m_nodeId;
    bool m_unsaved = false;                 // typed since last written
    QHash<QString, QString> m_unsavedTexts; // explanations the file refused, by item
    QLabel *m_requests;
    QLabel *m_round1;
    QPlainTextEdit *m_text;
    QTimer *m_timer;
    QLabel *m_problem;
    QListWidget *m_documents;
    QPushButton *m_attach;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_date;
};

} // namespace ParScore
