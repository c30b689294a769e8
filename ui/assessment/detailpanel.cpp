#include "detailpanel.h"

#include "answereditor.h"
#include "answersparser.h"
#include "assessmentdocument.h"
#include "evidencestore.h"
#include "language.h"
#include "ruleengine.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ParScore {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // text from a criteria file is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetailPanel::DetailPanel(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    // Never squeezed below what it needs: the scroll area around the panel scrolls instead.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_title = plainLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *about = new QFormLayout;
    m_guidance = plainLabel(this);
    m_required = plainLabel(this);
    m_legalBasis = plainLabel(this);
    about->addRow(tr("How it is scored:"), m_guidance);
    about->addRow(tr("Evidence required:"), m_required);
    about->addRow(tr("Legal basis:"), m_legalBasis);
    layout->addLayout(about);

    auto *answerGroup = new QGroupBox(tr("Self-assessment"), this);
    m_answerLayout = new QVBoxLayout(answerGroup);
    auto *naRow = new QHBoxLayout;
    m_notApplicable = new QCheckBox(tr("Not &applicable / did not arise"), answerGroup);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableCheckBox"));
    m_reason = new QLineEdit(answerGroup);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setAccessibleName(tr("Reason it is not applicable"));
    naRow->addWidget(m_notApplicable);
    naRow->addWidget(m_reason, 1);
    m_answerLayout->addLayout(naRow);
    m_result = plainLabel(answerGroup);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_answerLayout->addWidget(m_result);
    m_problem = plainLabel(answerGroup);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_answerLayout->addWidget(m_problem);
    m_clear = new QPushButton(tr("C&lear the score"), answerGroup);
    QPushButton *clear = m_clear;
    m_answerLayout->addWidget(clear, 0, Qt::AlignLeft);
    layout->addWidget(answerGroup);

    auto *noteGroup = new QGroupBox(tr("Note / explanation"), this);
    auto *noteLayout = new QVBoxLayout(noteGroup);
    m_note = new QPlainTextEdit(noteGroup);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setAccessibleName(tr("Note or explanation"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    noteLayout->addWidget(m_note);
    layout->addWidget(noteGroup);

    auto *evidenceGroup = new QGroupBox(tr("Evidence (drop files here)"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceGroup);
    m_evidence = new QListWidget(evidenceGroup);
    m_evidence->setObjectName(QStringLiteral("evidenceListWidget"));
    m_evidence->setAccessibleName(tr("Evidence documents"));
    m_evidence->setMaximumHeight(110);
    evidenceLayout->addWidget(m_evidence);
    auto *dateRow = new QHBoxLayout;
    m_hasDate = new QCheckBox(tr("Documents take effect on:"), evidenceGroup);
    m_date = new QDateEdit(QDate::currentDate(), evidenceGroup);
    m_date->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_date->setAccessibleName(tr("Effective date of the documents to attach"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    evidenceLayout->addLayout(dateRow);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("A&ttach…"), evidenceGroup);
    m_remove = new QPushButton(tr("&Remove"), evidenceGroup);
    m_open = new QPushButton(tr("&Open"), evidenceGroup);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addStretch();
    evidenceLayout->addLayout(buttons);
    layout->addWidget(evidenceGroup);
    layout->addStretch();

    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(800);
    connect(m_noteTimer, &QTimer::timeout, this, &DetailPanel::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, m_noteTimer, qOverload<>(&QTimer::start));
    connect(m_notApplicable, &QCheckBox::clicked, this, &DetailPanel::commitAnswer);
    connect(m_reason, &QLineEdit::editingFinished, this, &DetailPanel::commitAnswer);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_problem->clear();
        m_document->setAnswer(m_nodeId, std::nullopt);
    });
    connect(m_attach, &QPushButton::clicked, this, &DetailPanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &DetailPanel::removeEvidence);
    connect(m_open, &QPushButton::clicked, this, &DetailPanel::openEvidence);
    connect(document, &AssessmentDocument::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(document, &AssessmentDocument::sealed, this, &DetailPanel::refresh);
}

void DetailPanel::showNode(const QString &nodeId)
{
    if (m_noteTimer->isActive())
        commitNote(); // a note being typed belongs to the item it was typed for
    m_nodeId = nodeId;
    rebuild();
}

void DetailPanel::rebuild()
{
    delete m_editor;
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (!node)
        return;
    m_title->setText(node->id + QStringLiteral("  ") + node->title);
    m_guidance->setText(node->guidance.isEmpty() ? tr("—") : node->guidance);
    m_required->setText(node->evidence.isEmpty() ? tr("—") : node->evidence);
    m_legalBasis->setText(node->legalBasis.isEmpty() ? tr("—") : node->legalBasis);
    if (node->isLeaf()) {
        m_editor = new AnswerEditor(*node, m_answerLayout->parentWidget());
        m_answerLayout->insertWidget(0, m_editor);
        connect(m_editor, &AnswerEditor::edited, this, &DetailPanel::commitAnswer);
        m_editor->show();
    }
    refresh();
    // The new input changes the panel's height: let the scroll area know at once.
    layout()->activate();
    adjustSize();
}

void DetailPanel::refresh()
{
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (!node)
        return;
    const bool leaf = node->isLeaf();
    const bool readOnly = m_document->isSealed();
    const NodeScore &score = m_document->scorecard().nodes[node->index];
    const auto it = m_document->answers().answers.constFind(m_nodeId);
    const Answer *answer = it == m_document->answers().answers.cend() ? nullptr : &*it;
    if (m_editor) {
        m_editor->showAnswer(answer);
        m_editor->setReadOnly(readOnly || (answer && answer->notApplicable));
    }
    const bool naAllowed = leaf && node->notApplicable != NotApplicablePolicy::Forbidden;
    m_notApplicable->setVisible(naAllowed);
    m_reason->setVisible(naAllowed);
    {
        const QSignalBlocker blockBox(m_notApplicable);
        const QSignalBlocker blockReason(m_reason);
        m_notApplicable->setChecked(answer && answer->notApplicable);
        m_reason->setText(answer && answer->notApplicable ? answer->reason : QString());
    }
    m_notApplicable->setEnabled(!readOnly);
    m_clear->setVisible(leaf);
    m_clear->setEnabled(!readOnly && answer);
    m_reason->setEnabled(!readOnly);
    const auto percent = m_document->scorecard().nodePercent(node->index);
    QString result = tr("Points: %1 of %2").arg(formatPoints(score.points), formatPoints(score.maxPoints));
    if (percent)
        result += QStringLiteral(" (") + formatPercent(*percent) + QStringLiteral(" %)");
    if (leaf)
        result += u'\n' + score.explanation;
    m_result->setText(result);
    if (!m_noteTimer->isActive() && m_note->toPlainText() != m_document->note(m_nodeId)) {
        const QSignalBlocker block(m_note);
        m_note->setPlainText(m_document->note(m_nodeId));
    }
    m_note->setReadOnly(readOnly);
    m_evidence->clear();
    for (const EvidenceInfo &document : m_document->evidenceFor(m_nodeId)) {
        auto *item = new QListWidgetItem(
            document.effectiveDate.isEmpty()
                ? document.name
                : tr("%1 (effective %2)").arg(document.name, document.effectiveDate),
            m_evidence);
        item->setData(Qt::UserRole, document.sha256);
    }
    m_attach->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_evidence->count() > 0);
    m_open->setEnabled(m_evidence->count() > 0);
}

void DetailPanel::commitAnswer()
{
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (!node || !node->isLeaf() || m_document->isSealed())
        return;
    QJsonObject json;
    if (m_notApplicable->isChecked()) {
        if (m_reason->text().trimmed().isEmpty()) {
            m_problem->setText(tr("Write the reason the item is not applicable."));
            m_reason->setFocus();
            return;
        }
        json = {{QStringLiteral("notApplicable"), true}, {QStringLiteral("reason"), m_reason->text()}};
    } else {
        const auto entered = m_editor ? m_editor->enteredJson() : std::nullopt;
        if (!entered)
            return;
        json = *entered;
    }
    // The same validation as an answers file: the document only ever holds valid answers.
    const auto answer = AnswersParser::parseAnswer(m_document->set(), m_nodeId, json, Role::Agency);
    if (!answer) {
        m_problem->setText(answer.error().message);
        return;
    }
    m_problem->clear();
    m_document->setAnswer(m_nodeId, answer.value());
}

void DetailPanel::commitNote()
{
    m_noteTimer->stop();
    if (!m_nodeId.isEmpty() && !m_document->isSealed())
        m_document->setNote(m_nodeId, m_note->toPlainText());
}

void DetailPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach evidence to item %1").arg(m_nodeId), QDir::homePath(),
        tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    attachFiles(files);
}

void DetailPanel::attachFiles(const QStringList &files)
{
    if (files.isEmpty() || m_nodeId.isEmpty() || m_document->isSealed())
        return;
    m_document->attachEvidence(m_nodeId, files,
                               m_hasDate->isChecked() ? m_date->date().toString(Qt::ISODate) : QString());
}

void DetailPanel::removeEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!item)
        item = m_evidence->item(0);
    if (item)
        m_document->setEvidenceLinked(m_nodeId, item->data(Qt::UserRole).toString(), false);
}

void DetailPanel::openEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem() ? m_evidence->currentItem() : m_evidence->item(0);
    if (!item)
        return;
    // A copy outside the .parx, opened with the system viewer; never the stored name as a path.
    for (const EvidenceInfo &document : m_document->evidenceFor(m_nodeId)) {
        if (document.sha256 != item->data(Qt::UserRole).toString())
            continue;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                               + QStringLiteral("/parscore-evidence/") + document.sha256.left(16);
        QDir().mkpath(folder);
        const QString path = folder + u'/' + EvidenceStore::safeFileName(document.name);
        if (!QFileInfo::exists(path)) {
            // The document reads its bytes lazily and checks them against the fingerprint.
            auto file = ParxFile::open(m_document->path(), ParxFile::Mode::ReadOnly);
            if (!file)
                return;
            auto bytes = EvidenceStore(*file.value()).content(document.sha256);
            QFile out(path);
            if (!bytes || !out.open(QIODevice::WriteOnly))
                return;
            out.write(bytes.value());
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void DetailPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_document->isSealed())
        event->acceptProposedAction();
}

void DetailPanel::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().endsWith(QLatin1String(".parx"), Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    attachFiles(files);
    event->acceptProposedAction();
}

} // namespace ParScore
