#include "importdialog.h"

#include "groupnames.h"
#include "importjob.h"
#include "language.h"
#include "messages.h"
#include "provincedocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ParScore {

namespace {

// An answer as the merge reports it (its stored JSON), short enough for one line.
QString answerText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

ImportDialog::ImportDialog(ProvinceDocument *document, QStringList files, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_files(std::move(files))
{
    setWindowTitle(tr("Import submissions"));
    for (const OverviewRow &row : document->overview().rows)
        m_agencies.insert(row.assessment.uuid, row.assessment.agencyCode + QStringLiteral(" — ")
                                                   + row.assessment.agencyName);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%n file(s) to import into %1.", nullptr, int(m_files.size()))
                           .arg(QDir::toNativeSeparators(document->path())));
    layout->addWidget(m_summary);
    m_colleague = new QCheckBox(tr("These are a &colleague's appraisal files: take their appraisal points, "
                                   "appraisal notes and statuses too"),
                                this);
    m_colleague->setToolTip(tr("Leave this unticked for agencies' submissions: an agency's file brings only its "
                               "own self-assessment, whatever it says about itself."));
    layout->addWidget(m_colleague);
    m_progress = new QProgressBar(this);
    m_state = new QLabel(this);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    m_preview = new QTreeWidget(this);
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("What the import would do"), tr("Details")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->setAlternatingRowColors(true);
    layout->addWidget(m_preview, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    Messages::nameStandardButtons(m_buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_colleague, &QCheckBox::toggled, this, &ImportDialog::runPreview);
    connect(m_preview, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const QString file = item->data(0, Qt::UserRole).toString();
        if (column != 0 || file.isEmpty())
            return;
        const QString path = QFileInfo(file).absoluteFilePath();
        if (item->checkState(0) == Qt::Checked)
            m_acceptMismatched.insert(path);
        else
            m_acceptMismatched.remove(path);
        // After this signal returns: the preview is made again, and this item with it.
        QMetaObject::invokeMethod(this, &ImportDialog::runPreview, Qt::QueuedConnection);
    });
    resize(900, 600);
    runPreview();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isWorking() const
{
    return m_job && m_job->isRunning();
}

MergeOptions ImportDialog::options(bool dryRun) const
{
    MergeOptions options;
    options.dryRun = dryRun;
    options.acceptAppraisals = m_colleague->isChecked();
    options.acceptMismatchedFiles = m_acceptMismatched;
    return options;
}

void ImportDialog::setWorking(bool working, const QString &what)
{
    m_state->setText(what);
    m_import->setEnabled(!working && !m_importing && !m_report.merged.isEmpty());
    m_preview->setEnabled(!working);
    m_colleague->setEnabled(!working);
    m_progress->setVisible(working);
}

void ImportDialog::runPreview()
{
    if (m_job) {
        // The tick changed while the last preview ran (or before its end was handled): stop
        // it; its end starts the new one.
        m_job->cancel();
        return;
    }
    m_job = std::make_unique<ImportJob>(m_document->path(), m_document->author(), m_files, options(true));
    connect(m_job.get(), &ImportJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_state->setText(tr("Checking file %1 of %2…").arg(QString::number(qMin(done + 1, total)), QString::number(total)));
    });
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::jobFinished, Qt::QueuedConnection);
    m_preview->clear();
    setWorking(true, tr("Checking the files…"));
    m_job->start();
}

void ImportDialog::runImport()
{
    if (m_job)
        return;
    m_importing = true;
    m_job = std::make_unique<ImportJob>(m_document->path(), m_document->author(), m_files, options(false));
    connect(m_job.get(), &ImportJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_state->setText(tr("Importing file %1 of %2…").arg(QString::number(qMin(done + 1, total)), QString::number(total)));
    });
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::jobFinished, Qt::QueuedConnection);
    setWorking(true, tr("Importing…"));
    m_job->start();
}

void ImportDialog::jobFinished()
{
    const auto result = *m_job->result();
    const bool cancelled = m_job->isCancelled();
    const bool wasImport = m_importing;
    m_job.reset();
    if (wasImport && result) {
        // Written, even when Cancel came too late to stop it: the window must show it.
        m_importing = false;
        emit imported();
        accept();
        return;
    }
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (wasImport) {
        m_importing = false;
        setWorking(false, cancelled ? tr("Import cancelled: the province file is as it was.")
                                    : tr("Nothing was imported."));
        if (!cancelled)
            Messages::showError(this, result.error());
        return;
    }
    if (cancelled) {
        runPreview(); // the tick changed while it ran
        return;
    }
    if (!result) {
        setWorking(false, tr("The preview could not be made."));
        Messages::showError(this, result.error());
        return;
    }
    m_report = result.value();
    for (const auto &arrival : m_report.arrivals)
        m_agencies.insert(arrival.assessment, arrival.agencyCode + QStringLiteral(" — ") + arrival.agencyName);
    showReport(m_report);
    setWorking(false, m_report.merged.isEmpty() ? tr("There is nothing to import.")
                                                : tr("Nothing has been written yet: check the list, then Import."));
}

void ImportDialog::reject()
{
    if (m_job) {
        // The work stops before its next file (or has just ended, unheard of yet); the
        // dialog closes once its end is handled.
        m_closeWhenStopped = true;
        m_job->cancel();
        m_state->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

QString ImportDialog::agencyOf(const QString &assessmentUuid) const
{
    return m_agencies.value(assessmentUuid, assessmentUuid.left(8));
}

void ImportDialog::showReport(const MergeReport &report)
{
    const QSignalBlocker blocker(m_preview); // ticks set here are not the inspector's
    m_preview->clear();
    const auto section = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_preview, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(count <= 50);
        return item;
    };
    const auto line = [](QTreeWidgetItem *parent, const QString &what, const QString &details) {
        auto *item = new QTreeWidgetItem(parent, {what, details});
        item->setToolTip(1, details);
    };
    if (!report.added.isEmpty()) {
        auto *added = section(tr("New agencies"), int(report.added.size()));
        for (const QString &uuid : report.added)
            line(added, agencyOf(uuid), {});
    }
    if (!report.resubmitted.isEmpty()) {
        auto *resubmitted = section(tr("Resubmissions"), int(report.resubmitted.size()));
        for (const auto &r : report.resubmitted)
            line(resubmitted, r.agencyCode,
                 tr("the submission sealed %1 replaces the one sealed %2")
                     .arg(formatLocalTime(r.sealedAt), formatLocalTime(r.previousSealedAt)));
    }
    if (!report.responses.isEmpty()) {
        auto *responses = section(tr("Explanations"), int(report.responses.size()));
        for (const auto &r : report.responses)
            line(responses, r.agencyCode,
                 tr("explains item %1 (from %2)").arg(r.node, QFileInfo(r.file).fileName()));
    }
    if (!report.updated.isEmpty()) {
        auto *updated = section(tr("Updated items"), int(report.updated.size()));
        for (const auto &u : report.updated)
            line(updated, agencyOf(u.assessment),
                 tr("%1, item %2: %3 → %4").arg(u.layer, u.node, answerText(u.before), answerText(u.after)));
    }
    if (!report.conflicts.isEmpty()) {
        auto *conflicts = section(tr("Conflicts"), int(report.conflicts.size()));
        for (const auto &c : report.conflicts)
            line(conflicts, agencyOf(c.assessment),
                 tr("%1, item %2: kept %3 (the newer edit), other %4 (kept in the change log)")
                     .arg(c.layer, c.node, answerText(c.kept), answerText(c.other)));
    }
    if (!report.duplicates.isEmpty()) {
        auto *duplicates = section(tr("Duplicates"), int(report.duplicates.size()));
        for (const auto &d : report.duplicates)
            line(duplicates, d.agencyCode,
                 tr("%n assessment(s) for %1: all kept, resolve by hand", nullptr, int(d.assessments.size()))
                     .arg(QString::number(d.year)));
    }
    if (!report.editions.isEmpty()) {
        auto *editions = section(tr("Other editions of a criteria set"), int(report.editions.size()));
        for (const auto &e : report.editions)
            line(editions, e.agencyCode,
                 tr("this file uses criteria version %1, the province file %2: not imported")
                     .arg(e.otherVersion, e.keptVersion));
    }
    if (!report.appraisalsIgnored.isEmpty()) {
        auto *ignored = section(tr("Appraisals not taken"), int(report.appraisalsIgnored.size()));
        for (const auto &i : report.appraisalsIgnored)
            line(ignored, i.agencyCode,
                 tr("%1 carries appraisal points: only a colleague's appraisal file brings them (tick the box "
                    "above if it is one)")
                     .arg(fileName(i.file)));
    }
    if (!report.keyMismatches.isEmpty()) {
        // Not imported: the agency's known key did not sign it (docs/signatures.md, "Trust").
        auto *mismatches = section(tr("Not signed by the agency's known key"), int(report.keyMismatches.size()));
        mismatches->setForeground(0, QColor(0xb0, 0x00, 0x20));
        for (const auto &k : report.keyMismatches)
            line(mismatches, k.agencyCode,
                 k.incoming ? tr("%1 is signed by the key %2, but the agency's key is %3: not imported")
                                  .arg(fileName(k.file), *k.incoming, k.known)
                            : tr("%1 is not signed, but the agency's key is %2 (a signature removed?): not imported")
                                  .arg(fileName(k.file), k.known));
    }
    if (!report.untrustedAppraisals.isEmpty()) {
        auto *untrusted = section(tr("Appraisals not trusted"), int(report.untrustedAppraisals.size()));
        untrusted->setForeground(0, QColor(0xb0, 0x00, 0x20));
        for (const auto &u : report.untrustedAppraisals)
            line(untrusted, u.agencyCode,
                 u.reason == QLatin1String("unsigned") ? tr("%1: the appraisal is not signed: not taken").arg(fileName(u.file))
                 : u.reason == QLatin1String("invalid")
                     ? tr("%1: the appraisal was changed after it was signed: not taken").arg(fileName(u.file))
                     : tr("%1: signed by the key %2, which this province file does not trust: not taken")
                           .arg(fileName(u.file), u.signer.value_or(QString())));
    }
    if (!report.learnedKeys.isEmpty()) {
        auto *learned = section(tr("Agency keys learnt, to confirm"), int(report.learnedKeys.size()));
        for (const auto &l : report.learnedKeys)
            line(learned, l.agencyCode,
                 tr("key %1: compare this fingerprint with the agency's by phone or on paper").arg(l.key));
    }
    if (!report.held.isEmpty()) {
        // Held until the inspector decides: ticking a file's line takes it as it is.
        auto *held = section(tr("Held until you decide"), int(report.held.size()));
        held->setForeground(0, QColor(0xb0, 0x00, 0x20));
        QSet<QString> files;
        for (const auto &h : report.held) {
            auto *item = new QTreeWidgetItem(held, {h.agencyCode, tr("%1: %2 — not imported unless you tick it")
                                                                      .arg(fileName(h.file), Merger::heldDifferences(h))});
            item->setToolTip(1, item->text(1));
            if (!files.contains(h.file)) { // one tick per file: a file goes in whole or not at all
                files.insert(h.file);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Unchecked);
                item->setData(0, Qt::UserRole, h.file);
                item->setToolTip(0, tr("Tick to import this file as it is"));
            }
        }
    }
    if (!m_acceptMismatched.isEmpty()) {
        // What the inspector decided to take, so that the decision can be taken back.
        auto *accepted = section(tr("Taken as they are, though unlike the list"), int(m_acceptMismatched.size()));
        for (const QString &file : m_acceptMismatched) {
            auto *item = new QTreeWidgetItem(accepted, {fileName(file)});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setData(0, Qt::UserRole, file);
        }
    }
    if (!report.notListed.isEmpty()) {
        auto *notListed = section(tr("Not on the province's list"), int(report.notListed.size()));
        for (const auto &n : report.notListed)
            line(notListed, n.agencyCode + QStringLiteral(" — ") + n.agencyName,
                 tr("%1: imported, though the list of expected agencies does not name it").arg(fileName(n.file)));
    }
    if (!report.rejected.isEmpty()) {
        auto *rejected = section(tr("Rejected files"), int(report.rejected.size()));
        rejected->setForeground(0, QColor(0xb0, 0x00, 0x20));
        for (const auto &r : report.rejected)
            line(rejected, fileName(r.file), r.reason);
    }
    if (report.unchanged > 0)
        section(tr("Agencies already up to date"), report.unchanged);
}

} // namespace ParScore
