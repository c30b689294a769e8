#include "explanationbox.h"

#include "assessmentdocument.h"
#include "evidencedatedialog.h"
#include "evidenceviewer.h"
#include "filedialogs.h"
#include "language.h"
#include "requestpart.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace ParScore {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the council's text, a file's names: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExplanationBox::ExplanationBox(AssessmentDocument *document, QWidget *parent)
    : QGroupBox(parent)
    , m_document(document)
    , m_part(document->requestPart())
{
    setObjectName(QStringLiteral("explanationGroupBox"));
    setTitle(tr("Explanation requested by the appraisal council"));
    setStyleSheet(QStringLiteral("QGroupBox#explanationGroupBox { border: 2px solid #d9822b; border-radius: 4px; "
                                 "margin-top: 1.4em; padding-top: 4px; background: #fff8ef; } "
                                 "QGroupBox#explanationGroupBox::title { subcontrol-origin: margin; left: 8px; "
                                 "padding: 0 4px; color: #8a4b00; font-weight: bold; }"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    m_requests = plainLabel(this);
    m_requests->setObjectName(QStringLiteral("requestTextLabel"));
    layout->addWidget(m_requests);
    m_round1 = plainLabel(this);
    m_round1->setObjectName(QStringLiteral("round1Label"));
    layout->addWidget(m_round1);
    auto *textLabel = new QLabel(tr("Your e&xplanation:"), this);
    layout->addWidget(textLabel);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("explanationPlainTextEdit"));
    m_text->setAccessibleName(tr("Explanation"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_text->setMaximumHeight(140);
    textLabel->setBuddy(m_text);
    layout->addWidget(m_text);
    m_problem = plainLabel(this);
    m_problem->setObjectName(QStringLiteral("explanationProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Documents sent with the explanation:"), this));
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("responseDocumentsListWidget"));
    m_documents->setAccessibleName(tr("Documents sent with the explanation"));
    m_documents->setMaximumHeight(90);
    layout->addWidget(m_documents);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach &documents…"), this);
    m_attach->setObjectName(QStringLiteral("attachResponsePushButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_open = new QPushButton(tr("Open"), this);
    m_date = new QPushButton(tr("Effective date…"), this);
    for (QPushButton *button : {m_attach, m_remove, m_open, m_date})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &ExplanationBox::commitText);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        limitLength();
        m_unsaved = true;
        m_timer->start();
    });
    m_text->installEventFilter(this); // leaving the box writes it at once
    connect(m_attach, &QPushButton::clicked, this, &ExplanationBox::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString sha256 = chosenDocument(); !sha256.isEmpty())
            m_part->removeDocument(m_nodeId, sha256);
    });
    connect(m_open, &QPushButton::clicked, this, &ExplanationBox::openDocument);
    connect(m_date, &QPushButton::clicked, this, &ExplanationBox::editDate);
    connect(m_documents, &QListWidget::currentItemChanged, this, &ExplanationBox::updateButtons);
    connect(m_documents, &QListWidget::itemActivated, this, &ExplanationBox::openDocument);
    connect(m_part, &RequestPart::responseChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(m_part, &RequestPart::sealed, this, &ExplanationBox::refresh);
    connect(m_part, &RequestPart::refused, this, [this](const QString &id, const QString &why) {
        if (id != m_nodeId)
            return;
        m_problem->setText(why);
        m_problem->show();
        m_text->setFocus();
    });
}

QString ExplanationBox::bannerText(const RequestPart &part, const QString &path)
{
    if (part.isSealed())
        return tr("The explanation is sealed and ready to send back to the Department of Home Affairs. Send this "
                  "file itself, by email or on a USB stick: %1\nResponse seal: %2")
            .arg(QDir::toNativeSeparators(path), part.sealFingerprint());
    return tr("The appraisal council asks for explanations on %n item(s), highlighted in the tree (the filter “Items "
              "to explain” shows them alone). Write an explanation for each, attach documents where you have "
              "them, then choose Assessment → Send the explanation. The self-assessment stays as it was submitted.",
              nullptr, int(part.flaggedNodes().size()));
}

void ExplanationBox::showNode(const QString &nodeId)
{
    // What was typed is written (or kept as refused) by the panel just before.
    if (nodeId != m_nodeId)
        m_problem->hide();
    m_nodeId = nodeId;
    setVisible(m_part->isFlagged(nodeId));
    // The box shows this item's explanation: the one the file refused, else the file's own.
    const auto unsaved = m_unsavedTexts.constFind(nodeId);
    m_unsaved = unsaved != m_unsavedTexts.cend();
    {
        const auto response = m_part->responseOn(nodeId);
        const QSignalBlocker block(m_text);
        m_text->setPlainText(m_unsaved ? *unsaved : response ? response->text : QString());
    }
    refresh();
}

QList<QWidget *> ExplanationBox::inputs() const
{
    return {m_text, m_documents, m_attach, m_remove, m_open, m_date};
}

void ExplanationBox::refresh()
{
    const CriteriaNode *node = m_document->set().node(m_nodeId);
    if (!node || !m_part->isFlagged(m_nodeId))
        return;
    const QList<ExplanationRequest> requests = m_part->requestsOn(m_nodeId);
    QStringList asked;
    for (const ExplanationRequest &request : requests)
        asked.append((requests.size() > 1 ? QStringLiteral("• ") : QString()) + request.text);
    m_requests->setText(tr("The council asks:") + u'\n' + asked.join(u'\n'));

    const NodeScore &self = m_document->scorecard().nodes[node->index];
    const bool selfScored = self.state != NodeState::Incomplete || m_document->answers().answers.contains(m_nodeId);
    const QString selfText = selfScored ? tr("your self-assessment: %1").arg(formatPoints(self.points))
                                        : tr("your self-assessment: not scored");
    QString round1;
    if (m_part->round1Scored(*node)) {
        const NodeScore &council = m_part->round1().nodes[node->index];
        round1 = tr("Round 1 (council): %1 of %2 points — %3")
                     .arg(formatPoints(council.points), formatPoints(council.maxPoints), selfText);
        if (node->isLeaf() && !council.explanation.isEmpty())
            round1 += u'\n' + council.explanation;
    } else {
        round1 = tr("Round 1 (council): not scored — %1").arg(selfText);
    }
    if (const QString note = m_part->round1Note(m_nodeId); !note.isEmpty())
        round1 += u'\n' + tr("Council's note: %1").arg(note);
    m_round1->setText(round1);

    const auto response = m_part->responseOn(m_nodeId);
    const QString stored = response ? response->text : QString();
    // What is being typed stays; trailing spaces are not taken back from under the cursor.
    if (!m_unsaved && m_text->toPlainText().trimmed() != stored) {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(stored);
    }
    const bool readOnly = m_part->isReadOnly();
    m_text->setReadOnly(readOnly);
    QPalette textPalette = palette();
    if (readOnly)
        textPalette.setColor(QPalette::Base, textPalette.color(QPalette::Window));
    m_text->setPalette(textPalette);
    const QString chosen = chosenDocument();
    m_documents->clear();
    for (const ResponseDocument &document : response ? response->documents : QList<ResponseDocument>()) {
        auto *item = new QListWidgetItem(document.effectiveDate.isEmpty()
                                             ? document.name
                                             : tr("%1 (effective %2)").arg(document.name,
                                                                           formatIsoDate(document.effectiveDate)),
                                         m_documents);
        item->setData(Qt::UserRole, document.sha256);
        if (document.sha256 == chosen)
            m_documents->setCurrentItem(item);
    }
    m_documents->setVisible(m_documents->count() > 0 || !readOnly);
    m_attach->setEnabled(!readOnly);
    updateButtons();
}

QString ExplanationBox::chosenDocument() const
{
    // The chosen document, or the only one: never a guess among several.
    const QListWidgetItem *item = m_documents->count() == 1 ? m_documents->item(0) : m_documents->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ExplanationBox::updateButtons()
{
    const bool chosen = !chosenDocument().isEmpty();
    m_remove->setEnabled(chosen && !m_part->isReadOnly());
    m_date->setEnabled(chosen && !m_part->isReadOnly());
    m_open->setEnabled(chosen);
}

bool ExplanationBox::commitText()
{
    m_timer->stop();
    if (!m_unsaved || m_part->isReadOnly())
        return true;
    m_unsaved = false;
    m_problem->hide();
    const QString text = m_text->toPlainText();
    m_unsavedTexts.remove(m_nodeId);
    if (m_part->setExplanation(m_nodeId, text))
        return true;
    if (text.trimmed().isEmpty()) {
        refresh(); // clearing refused (it said why): the box shows the explanation the file keeps
    } else {
        m_unsavedTexts.insert(m_nodeId, text); // the file said why; written when tried again
        m_unsaved = true;
    }
    return false;
}

bool ExplanationBox::commitPendingEdits()
{
    if (!commitText())
        return false;
    // Explanations of other items the file refused earlier: tried again, until one is refused.
    const QHash<QString, QString> pending = m_unsavedTexts;
    for (auto it = pending.cbegin(); it != pending.cend() && !m_part->isReadOnly(); ++it) {
        m_unsavedTexts.remove(it.key());
        if (!m_part->setExplanation(it.key(), it.value())) {
            m_unsavedTexts.insert(it.key(), it.value());
            return false;
        }
    }
    return m_unsavedTexts.isEmpty();
}

void ExplanationBox::limitLength()
{
    // At most what the file takes, so that no explanation is refused for its length: the
    // characters beyond it, just typed or pasted before the cursor, are not taken.
    const int excess = int(m_text->toPlainText().size()) - RequestFile::maxResponseLength;
    if (excess <= 0)
        return;
    QTextCursor cursor = m_text->textCursor();
    const int end = cursor.position() >= excess ? cursor.position() : m_text->document()->characterCount() - 1;
    cursor.setPosition(end - excess);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_problem->setText(RequestFile::tr("A response holds at most %1 characters").arg(RequestFile::maxResponseLength));
    m_problem->show();
}

bool ExplanationBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        commitText();
    return QGroupBox::eventFilter(watched, event);
}

void ExplanationBox::chooseFiles()
{
    commitText(); // the documents go with the explanation just typed
    const QStringList files = FileDialogs::openFiles(
        this, FileDialogs::Purpose::Evidence, tr("Documents for the explanation of item %1").arg(m_nodeId),
        tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)"));
    attachFiles(files);
}

void ExplanationBox::attachFiles(const QStringList &files)
{
    if (files.isEmpty() || m_part->isReadOnly())
        return;
    commitText();
    if (!m_part->responseOn(m_nodeId)) {
        m_part->attachDocuments(m_nodeId, files, {}); // refused, and says why
        return;
    }
    QStringList names;
    for (const QString &file : files)
        names.append(QFileInfo(file).fileName());
    EvidenceDateDialog dialog(names.join(u'\n'), {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_part->attachDocuments(m_nodeId, files, dialog.isoDate());
}

void ExplanationBox::editDate()
{
    const QString sha256 = chosenDocument();
    const auto response = m_part->responseOn(m_nodeId);
    for (const ResponseDocument &document : response ? response->documents : QList<ResponseDocument>()) {
        if (document.sha256 != sha256)
            continue;
        EvidenceDateDialog dialog(document.name, document.effectiveDate, this);
        if (dialog.exec() == QDialog::Accepted)
            m_part->setDocumentDate(m_nodeId, sha256, dialog.isoDate());
        return;
    }
}

void ExplanationBox::openDocument()
{
    const QString sha256 = chosenDocument();
    const auto response = m_part->responseOn(m_nodeId);
    for (const ResponseDocument &document : response ? response->documents : QList<ResponseDocument>()) {
        if (document.sha256 == sha256)
            EvidenceViewer::open(this, m_document->path(), sha256, document.name);
    }
}

void ExplanationBox::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_part->isReadOnly())
        event->acceptProposedAction();
}

void ExplanationBox::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().endsWith(QLatin1String(".parx"), Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    // After the drop is over: the date dialog must not run inside the drag's own loop.
    QTimer::singleShot(0, this, [this, files] { attachFiles(files); });
}

} // namespace ParScore
