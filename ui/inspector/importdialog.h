#pragma once

#include "merge.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ParScore {

class ImportJob;
class ProvinceDocument;

// Importing submissions into the province file: first a preview of what the merge would do
// (a dry run of the same merge, off the GUI thread), then Import or Cancel. Nothing is
// written before Import; a Cancel during the import leaves the file as it was (one that
// comes after the import was written closes the dialog as imported). A colleague's
// appraisal file brings its appraisals only when the inspector ticks that it is one; a
// submission unlike the province's list or year is held, and goes in only once the
// inspector ticks that it may.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(ProvinceDocument *document, QStringList files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // For tests and the window: the preview's outcome and the import's.
    QTreeWidget *preview() const { return m_preview; }
    QCheckBox *colleagueAppraisals() const { return m_colleague; }
    QPushButton *importButton() const { return m_import; }
    bool isWorking() const;
    const MergeReport &previewReport() const { return m_report; }

    void reject() override; // Cancel: stops the work first

signals:
    void imported(); // the province file changed (the window reads it again)

private:
    MergeOptions options(bool dryRun) const;
    void runPreview();
    void runImport();
    void jobFinished();
    void showReport(const MergeReport &report);
    QString agencyOf(const QString &assessmentUuid) const;
    void setWorking(bool working, const QString &what);

    ProvinceDocument *m_document;
    QStringList m_files;
    QHash<QString, QString> m_agencies; // assessment UUID → "CODE — name", from the overview and arrivals
    QSet<QString> m_acceptMismatched;   // held files the inspector takes as they are (absolute paths)
    MergeReport m_report;
    std::unique_ptr<ImportJob> m_job;
    bool m_importing = false;
    bool m_closeWhenStopped = false;
    QLabel *m_summary;
    QCheckBox *m_colleague;
    QProgressBar *m_progress;
    QLabel *m_state;
    QTreeWidget *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace ParScore
