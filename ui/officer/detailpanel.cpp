#include "detailpanel.h"

#include "answereditor.h"
#include "answerrefusal.h"
#include "answersparser.h"
#include "assessmentdocument.h"
#include "evidencedatedialog.h"
#include "evidenceviewer.h"
#include "evidencestore.h"
#include "explanationbox.h"
#include "language.h"
#include "filedialogs.h"
#include "messages.h"
#include "numberbox.h"
#include "ruleengine.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
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

// The inputs of an answer editor in the order they were made (which is the order they
// are seen), without the parts of compound inputs such as a spin box's line edit.
QList<QWidget *> inputsOf(QWidget *editor)
{
    QList<QWidget *> inputs;
    for (QWidget *widget : editor->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && up != editor; up = up->parentWidget())
            part = part || (up->focusPolicy() & Qt::TabFocus);
        if (!part)
            inputs.append(widget);
    }
    return inputs;
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
    // A request file: the council's request first, above what the agency submitted.
    if (document->requestPart()) {
        m_explanation = new ExplanationBox(document, this);
        layout->addWidget(m_explanation);
    }

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

    m_noteGroup = new QGroupBox(tr("Note / explanation"), this);
    auto *noteLayout = new QVBoxLayout(m_noteGroup);
    m_note = new QPlainTextEdit(m_noteGroup);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setAccessibleName(tr("Note or explanation"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    noteLayout->addWidget(m_note);
    layout->addWidget(m_noteGroup);

    m_evidenceGroup = new QGroupBox(tr("Evidence (drop files here)"), this);
    QGroupBox *evidenceGroup = m_evidenceGroup;
    auto *evidenceLayout = new QVBoxLayout(evidenceGroup);
    m_evidence = new QListWidget(evidenceGroup);
    m_evidence->setObjectName(QStringLiteral("evidenceListWidget"));
    m_evidence->setAccessibleName(tr("Evidence documents"));
    m_evidence->setMaximumHeight(110);
    evidenceLayout->addWidget(m_evidence);
    auto *dateRow = new QHBoxLayout;
    m_hasDate = new QCheckBox(tr("Documents take effect on:"), evidenceGroup);
    m_hasDate->setObjectName(QStringLiteral("effectiveDateCheckBox"));
    m_date = new QDateEdit(QDate::currentDate(), evidenceGroup);
    m_date->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_date->setAccessibleName(tr("Effective date of the documents to attach"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    // The calendar popup names months and weekdays in the language of the UI.
    m_date->setLocale(displayLocale());
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
    m_open->setObjectName(QStringLiteral("evidenceOpenPushButton"));
    m_dateButton = new QPushButton(tr("Effective &date…"), evidenceGroup);
    m_dateButton->setObjectName(QStringLiteral("evidenceDatePushButton"));
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addWidget(m_dateButton);
    buttons->addStretch();
    evidenceLayout->addLayout(buttons);
    layout->addWidget(evidenceGroup);
    layout->addStretch();

    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(500);
    connect(m_noteTimer, &QTimer::timeout, this, &DetailPanel::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_noteUnsaved = true;
        m_noteTimer->start();
    });
    m_note->installEventFilter(this); // leaving the note writes it at once
    // Enabled before the answer is committed: committing asks for the reason there.
    connect(m_notApplicable, &QCheckBox::toggled, m_reason, &QWidget::setEnabled);
    connect(m_notApplicable, &QCheckBox::clicked, this, &DetailPanel::commitAnswer);
    connect(m_reason, &QLineEdit::editingFinished, this, &DetailPanel::commitAnswer);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_problem->clear();
        m_document->setAnswer(m_nodeId, std::nullopt);
    });
    connect(m_attach, &QPushButton::clicked, this, &DetailPanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &DetailPanel::removeEvidence);
    connect(m_open, &QPushButton::clicked, this, &DetailPanel::openEvidence);
    connect(m_dateButton, &QPushButton::clicked, this, &DetailPanel::editEvidenceDate);
    connect(m_evidence, &QListWidget::currentItemChanged, this, &DetailPanel::updateEvidenceButtons);
    connect(m_evidence, &QListWidget::itemActivated, this, &DetailPanel::openEvidence);
    connect(document, &AssessmentDocument::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(document, &AssessmentDocument::sealed, this, &DetailPanel::refresh);
}

void DetailPanel::showNode(const QString &nodeId)
{
    commitPendingEdits(); // what is being typed belongs to the item it was typed for
    m_document->visit();
    if (nodeId != m_nodeId)
        m_hasDate->setChecked(false); // a date chosen for one item's documents is not another's
    m_nodeId = nodeId;
    if (m_explanation)
        m_explanation->showNode(nodeId); // before the panel's size is worked out
    rebuild();
}

void DetailPanel::rebuild()
{
    delete m_editor;
    m_problem->clear(); // a problem belongs to the item it was found on
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (!node)
        return;
    m_title->setText(node->id + QStringLiteral("  ") + node->title);
    m_guidance->setText(node->guidance.isEmpty() ? tr("—") : node->guidance);
    m_required->setText(node->evidence.isEmpty() ? tr("—") : node->evidence);
    m_legalBasis->setText(node->legalBasis.isEmpty() ? tr("—") : node->legalBasis);
    if (node->isLeaf()) {
        QWidget *answerGroup = m_answerLayout->parentWidget();
        m_editor = new AnswerEditor(*node, answerGroup);
        m_answerLayout->insertWidget(0, m_editor);
        connect(m_editor, &AnswerEditor::edited, this, &DetailPanel::commitAnswer);
        connect(m_editor, &AnswerEditor::inputRefused, this, &DetailPanel::inputRefused);
        m_editor->show();
    }
    // Areas are sums of their items: notes and evidence belong to the items.
    m_noteGroup->setVisible(node->isLeaf());
    m_evidenceGroup->setVisible(node->isLeaf());
    // A new input joins the end of the window's focus chain: Tab must walk the panel top
    // to bottom, so the whole panel's order is set again after it.
    QList<QWidget *> order = m_explanation ? m_explanation->inputs() : QList<QWidget *>();
    order << (m_editor ? inputsOf(m_editor) : QList<QWidget *>());
    order << m_notApplicable << m_reason << m_clear << m_note << m_evidence << m_hasDate << m_date << m_attach
          << m_remove << m_open << m_dateButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
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
    // Hiding or disabling a focused input below moves the focus, and an input that loses
    // it enters what it holds: that is not the officer entering anything.
    const QScopedValueRollback refreshing(m_refreshing, true);
    const bool leaf = node->isLeaf();
    const bool readOnly = m_document->isReadOnly();
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
    m_reason->setEnabled(!readOnly && m_notApplicable->isChecked()); // a reason only for "not applicable"
    const auto percent = m_document->scorecard().nodePercent(node->index);
    QString result = tr("Points: %1 of %2").arg(formatPoints(score.points), formatPoints(score.maxPoints));
    if (percent)
        result += QStringLiteral(" (") + formatPercent(*percent) + QStringLiteral(" %)");
    if (leaf)
        result += u'\n' + score.explanation;
    if (leaf && !answer) // no 0 that reads like a score
        result = tr("Not scored yet (at most %1 points).").arg(formatPoints(score.maxPoints));
    m_result->setText(result);
    // A note the file refused is shown again, not lost, and written when the item is left.
    // What is being typed stays as it is.
    if (!m_noteUnsaved) {
        const auto unsaved = m_unsavedNotes.constFind(m_nodeId);
        const QString note = unsaved != m_unsavedNotes.cend() ? *unsaved : m_document->note(m_nodeId);
        if (m_note->toPlainText() != note) {
            const QSignalBlocker block(m_note);
            m_note->setPlainText(note);
        }
        m_noteUnsaved = unsaved != m_unsavedNotes.cend();
    }
    m_note->setReadOnly(readOnly);
    // Read-only text looks it: the window's colour instead of the white of an input.
    QPalette notePalette = palette();
    if (readOnly)
        notePalette.setColor(QPalette::Base, notePalette.color(QPalette::Window));
    m_note->setPalette(notePalette);
    m_hasDate->setEnabled(!readOnly);
    m_date->setEnabled(!readOnly && m_hasDate->isChecked());
    const QString chosen = m_evidence->currentItem() ? m_evidence->currentItem()->data(Qt::UserRole).toString()
                                                     : QString();
    m_evidence->clear();
    for (const EvidenceInfo &document : m_document->evidenceFor(m_nodeId)) {
        auto *item = new QListWidgetItem(
            document.effectiveDate.isEmpty()
                ? document.nameAt(m_nodeId)
                : tr("%1 (effective %2)").arg(document.nameAt(m_nodeId), formatIsoDate(document.effectiveDate)),
            m_evidence);
        item->setData(Qt::UserRole, document.sha256);
        if (document.sha256 == chosen)
            m_evidence->setCurrentItem(item); // still chosen after its date changed
    }
    m_attach->setEnabled(!readOnly);
    m_evidenceGroup->setTitle(readOnly ? tr("Evidence") : tr("Evidence (drop files here)"));
    updateEvidenceButtons();
}

bool DetailPanel::focusInput()
{
    // The item's own input first, then "not applicable", then the note.
    QList<QWidget *> candidates = m_explanation && m_explanation->isVisibleTo(this)
                                      ? m_explanation->inputs().mid(0, 1)
                                      : QList<QWidget *>();
    candidates << (m_editor ? inputsOf(m_editor).mid(0, 1) : QList<QWidget *>()) << m_notApplicable << m_note;
    for (QWidget *candidate : candidates) {
        if (candidate->isVisibleTo(this) && candidate->isEnabled()) {
            candidate->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

QString DetailPanel::chosenEvidence() const
{
    // The chosen document, or the only one: never a guess among several.
    const QListWidgetItem *item = m_evidence->count() == 1 ? m_evidence->item(0) : m_evidence->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DetailPanel::updateEvidenceButtons()
{
    const bool chosen = !chosenEvidence().isEmpty();
    m_remove->setEnabled(!m_document->isReadOnly() && chosen);
    m_dateButton->setEnabled(!m_document->isReadOnly() && chosen);
    m_open->setEnabled(chosen);
}

void DetailPanel::editEvidenceDate()
{
    const QString sha256 = chosenEvidence();
    for (const EvidenceInfo &document : m_document->evidenceFor(m_nodeId)) {
        if (document.sha256 != sha256)
            continue;
        EvidenceDateDialog dialog(document.nameAt(m_nodeId), document.effectiveDate, this);
        if (dialog.exec() == QDialog::Accepted)
            m_document->setEvidenceDate(m_nodeId, sha256, dialog.isoDate());
        return;
    }
}

void DetailPanel::commitAnswer()
{
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (m_refreshing || !node || !node->isLeaf() || m_document->isReadOnly())
        return;
    m_reason->setModified(false);
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
        if (!entered) {
            if (m_editor && m_editor->choseNotScored()) {
                const bool hadAnswer = m_document->answers().answers.contains(m_nodeId);
                m_problem->clear();
                if (!setAnswer(std::nullopt))
                    refresh();
                else if (!hadAnswer && m_editor->isPartial()) // a hint, not an error
                    m_result->setText(tr("Enter the other number too: the item is scored from both."));
            }
            return;
        }
        json = *entered;
    }
    // The same validation as an answers file: the document only ever holds valid answers.
    const auto answer = AnswersParser::parseAnswer(m_document->set(), m_nodeId, json, Role::Agency);
    if (!answer) {
        const bool stored = m_document->answers().answers.contains(m_nodeId);
        // Refused: the inputs show what the file holds again; with nothing held yet, what was
        // typed stays to be corrected (only the result line says it is not scored).
        if (stored)
            refresh();
        else
            m_result->setText(tr("Not scored yet (at most %1 points).").arg(formatPoints(node->maxPoints)));
        const QString why = answerRefusal(*node, json, answer.error());
        if (m_editor && !m_notApplicable->isChecked()) {
            m_editor->showRefusal(stored ? tr("%1 Not entered: the box keeps its value.").arg(why)
                                         : tr("%1 Not entered: correct the numbers.").arg(why));
            emit inputRefused(why);
        } else {
            m_problem->setText(why);
        }
        return;
    }
    m_problem->clear();
    if (!setAnswer(answer.value()))
        refresh(); // refused by the file: the inputs show what it holds, not what was typed
}

bool DetailPanel::setAnswer(const std::optional<Answer> &answer)
{
    // A number typed and entered is its own step to undo; quick steps of the arrows, ticks
    // and picks in one visit are one.
    const bool typed = m_editor && m_editor->hasNumbers() && !m_editor->isStepping();
    if (typed)
        m_document->visit();
    const bool done = m_document->setAnswer(m_nodeId, answer);
    if (typed)
        m_document->visit();
    return done;
}

void DetailPanel::commitNote()
{
    m_noteTimer->stop();
    if (!m_noteUnsaved || m_nodeId.isEmpty() || m_document->isReadOnly())
        return;
    m_noteUnsaved = false;
    const QString text = m_note->toPlainText();
    // Out of the list before writing: the write refreshes this panel, which must not see
    // the note as still unsaved.
    m_unsavedNotes.remove(m_nodeId);
    if (!m_document->setNote(m_nodeId, text))
        m_unsavedNotes.insert(m_nodeId, text); // the document said why; tried again later
}

bool DetailPanel::hasUnsavedNotes() const
{
    return m_noteUnsaved || !m_unsavedNotes.isEmpty() || (m_explanation && m_explanation->hasUnsaved());
}

bool DetailPanel::commitPendingEdits()
{
    // A number typed but not yet entered (Enter or leaving the box enters it).
    if (auto *box = qobject_cast<QAbstractSpinBox *>(QApplication::focusWidget()); box && isAncestorOf(box))
        enterTypedNumber(box);
    // A reason typed for "not applicable" belongs to the item it was typed for.
    if (m_reason->isModified() && m_notApplicable->isChecked())
        commitAnswer();
    commitNote();
    if (m_explanation && !m_explanation->commitPendingEdits())
        return false;
    // Notes of other items the file refused earlier: tried again, until one is refused.
    const QHash<QString, QString> pending = m_unsavedNotes;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.key() == m_nodeId || m_document->isReadOnly())
            continue;
        m_unsavedNotes.remove(it.key());
        if (!m_document->setNote(it.key(), it.value())) {
            m_unsavedNotes.insert(it.key(), it.value());
            break;
        }
    }
    return !hasUnsavedNotes();
}

bool DetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

void DetailPanel::chooseFiles()
{
    const QStringList files = FileDialogs::openFiles(
        this, FileDialogs::Purpose::Evidence, tr("Attach evidence to item %1").arg(m_nodeId),
        tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    attachFiles(files);
}

void DetailPanel::attachFiles(const QStringList &files)
{
    if (files.isEmpty() || m_nodeId.isEmpty() || m_document->isReadOnly())
        return;
    m_document->attachEvidence(m_nodeId, files,
                               m_hasDate->isChecked() ? m_date->date().toString(Qt::ISODate) : QString());
}

void DetailPanel::removeEvidence()
{
    const QString sha256 = chosenEvidence();
    if (!sha256.isEmpty())
        m_document->setEvidenceLinked(m_nodeId, sha256, false);
}

void DetailPanel::openEvidence()
{
    const QString sha256 = chosenEvidence();
    const QList<EvidenceInfo> documents = m_document->evidenceFor(m_nodeId);
    const auto document = std::find_if(documents.cbegin(), documents.cend(),
                                       [&sha256](const EvidenceInfo &info) { return info.sha256 == sha256; });
    if (document == documents.cend())
        return;
    EvidenceViewer::open(this, m_document->path(), sha256, document->nameAt(m_nodeId));
}

void DetailPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_document->isReadOnly())
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
