#include "appraisalwindow.h"

#include "answereditor.h"
#include "answerrefusal.h"
#include "answersparser.h"
#include "answertext.h"
#include "appraisalcommands.h"
#include "appraisalextras.h"
#include "appraisaltreemodel.h"
#include "evidenceviewer.h"
#include "explanationpanel.h"
#include "groupnames.h"
#include "language.h"
#include "messages.h"
#include "provincedocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ParScore {

namespace {

// Every leaf under `index`, in display order (not the bonus and penalty rows).
void collectLeaves(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> &leaves)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(AppraisalTreeModel::SectionRole).isValid())
            continue;
        if (model->rowCount(index) == 0)
            leaves.append(index);
        else
            collectLeaves(model, index, leaves);
    }
}

QString roundName(Layer layer)
{
    return layer == Layer::Appraisal2 ? AppraisalWindow::tr("Appraisal round 2") : AppraisalWindow::tr("Appraisal round 1");
}

} // namespace

AppraisalWindow::AppraisalWindow(ProvinceDocument *document, QString assessmentUuid, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_uuid(std::move(assessmentUuid))
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1300, 820);
    buildUi();
    connect(m_document, &ProvinceDocument::assessmentChanged, this, [this](const QString &uuid) {
        if (uuid == m_uuid)
            reload();
    });
    // An import may have replaced the agency's submission: what F8 copies must be what it holds now.
    connect(m_document, &ProvinceDocument::reloaded, this, &AppraisalWindow::reload);
    auto agency = m_document->agency(m_uuid);
    if (agency) {
        // The round in progress: the second once it has begun.
        m_round = !agency.value().layer(Layer::Appraisal2).isEmpty()
                          || agency.value().info.status == AssessmentStatus::ExplanationRequested
                      ? Layer::Appraisal2
                      : Layer::Appraisal1;
        m_roundBox->setCurrentIndex(m_round == Layer::Appraisal2 ? 1 : 0);
    }
    reload();
    const QList<QModelIndex> first = [this] {
        QList<QModelIndex> leaves;
        collectLeaves(m_model, {}, leaves);
        return leaves;
    }();
    if (!selectNextUnappraised() && !first.isEmpty())
        m_tree->setCurrentIndex(first.constFirst());
    m_tree->setFocus(); // the keyboard starts in the tree, where F8 and Ctrl+J lead
}

AppraisalWindow::~AppraisalWindow() = default;

void AppraisalWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_roundBox = new QComboBox(this);
    m_roundBox->addItem(roundName(Layer::Appraisal1));
    m_roundBox->addItem(roundName(Layer::Appraisal2));
    auto *roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_roundBox);
    m_send = new QPushButton(tr("&Send for explanation…"), this);
    m_send->setToolTip(tr("Writes the file that asks this agency to explain the flagged items"));
    m_finalize = new QPushButton(tr("&Finalize…"), this);
    m_finalize->setToolTip(tr("Locks this agency's final result"));
    m_reopen = new QPushButton(tr("Re&open…"), this);
    m_reopen->setToolTip(tr("Moves the final result back to being appraised, with a reason"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_send);
    top->addWidget(m_finalize);
    top->addWidget(m_reopen);
    top->addSpacing(12);
    top->addWidget(roundLabel);
    top->addWidget(m_roundBox);
    layout->addLayout(top);
    m_signatures = new QLabel(this);
    m_signatures->setObjectName(QStringLiteral("signaturesLabel"));
    m_signatures->setWordWrap(true);
    m_signatures->setTextFormat(Qt::PlainText);
    m_signatures->setTextInteractionFlags(Qt::TextSelectableByMouse); // fingerprints to compare
    layout->addWidget(m_signatures);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_send, &QPushButton::clicked, this, &AppraisalWindow::sendForExplanation);
    connect(m_finalize, &QPushButton::clicked, this, &AppraisalWindow::finalize);
    connect(m_reopen, &QPushButton::clicked, this, &AppraisalWindow::reopen);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fff3cd;padding:6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(this);
    m_model = new AppraisalTreeModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AppraisalTreeModel::TitleColumn, QHeaderView::Stretch);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    // An item's page, or a bonus or penalty section's.
    m_pages = new QStackedWidget(scroll);
    auto *panel = new QWidget(m_pages);
    auto *panelLayout = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_guidance = new QLabel(panel);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_guidance);

    auto *selfGroup = new QGroupBox(tr("The agency's self-assessment"), panel);
    auto *selfLayout = new QFormLayout(selfGroup);
    m_selfAnswer = new QLabel(selfGroup);
    m_selfAnswer->setWordWrap(true);
    m_selfAnswer->setTextFormat(Qt::PlainText);
    m_selfAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selfNote = new QLabel(selfGroup);
    m_selfNote->setWordWrap(true);
    m_selfNote->setTextFormat(Qt::PlainText);
    m_selfNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new QListWidget(selfGroup);
    m_evidence->setMaximumHeight(110);
    m_evidence->setToolTip(tr("Double-click or Enter opens a read-only copy with the system's viewer"));
    selfLayout->addRow(tr("Answer:"), m_selfAnswer);
    selfLayout->addRow(tr("Note:"), m_selfNote);
    selfLayout->addRow(tr("Evidence:"), m_evidence);
    panelLayout->addWidget(selfGroup);
    m_explanation = new ExplanationPanel(m_document->path(), panel);
    connect(m_explanation, &ExplanationPanel::requestWanted, this, &AppraisalWindow::requestExplanation);
    panelLayout->addWidget(m_explanation);

    m_roundGroup = new QGroupBox(panel);
    auto *roundLayout = new QVBoxLayout(m_roundGroup);
    m_editorHolder = new QWidget(m_roundGroup);
    auto *holderLayout = new QVBoxLayout(m_editorHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    roundLayout->addWidget(m_editorHolder);
    auto *naRow = new QHBoxLayout;
    m_notApplicable = new QCheckBox(tr("Not &applicable / did not arise"), m_roundGroup);
    m_reason = new QLineEdit(m_roundGroup);
    m_reason->setPlaceholderText(tr("Reason"));
    naRow->addWidget(m_notApplicable);
    naRow->addWidget(m_reason, 1);
    roundLayout->addLayout(naRow);
    auto *buttons = new QHBoxLayout;
    m_agree = new QPushButton(tr("A&gree with the agency (F8)"), m_roundGroup);
    m_agree->setToolTip(tr("Takes the agency's answer as the council's for this round, then goes to the next item "
                           "not yet appraised"));
    m_clear = new QPushButton(tr("C&lear this round's answer"), m_roundGroup);
    auto *history = new QPushButton(tr("&History…"), m_roundGroup);
    buttons->addWidget(m_agree);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(history);
    roundLayout->addLayout(buttons);
    m_problem = new QLabel(m_roundGroup);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020;"));
    roundLayout->addWidget(m_problem);
    m_roundResult = new QLabel(m_roundGroup);
    m_roundResult->setWordWrap(true);
    m_roundResult->setTextFormat(Qt::PlainText);
    roundLayout->addWidget(m_roundResult);
    auto *noteLabel = new QLabel(tr("Appraisal &note:"), m_roundGroup);
    m_note = new QPlainTextEdit(m_roundGroup);
    m_note->setObjectName(QStringLiteral("appraisalNote"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    roundLayout->addWidget(noteLabel);
    roundLayout->addWidget(m_note);
    panelLayout->addWidget(m_roundGroup);
    m_final = new QLabel(panel);
    m_final->setWordWrap(true);
    m_final->setTextFormat(Qt::PlainText);
    panelLayout->addWidget(m_final);
    panelLayout->addStretch();
    m_pages->addWidget(panel);
    m_extrasPage = new QWidget(m_pages);
    new QVBoxLayout(m_extrasPage);
    m_pages->addWidget(m_extrasPage);
    scroll->setWidget(m_pages);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 520}); // the titles readable beside the item
    m_tree->header()->setSectionResizeMode(AppraisalTreeModel::IdColumn, QHeaderView::ResizeToContents);
    layout->addWidget(splitter, 1);

    // Keys of the whole window, wherever the focus is in it.
    const auto addKey = [this](const QList<QKeySequence> &keys, auto handler) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
        return action;
    };
    addKey({QKeySequence(Qt::Key_F8)}, [this] {
        commitNote();
        if (agreeWithAgency())
            selectNextUnappraised();
    });
    addKey({QKeySequence(Qt::CTRL | Qt::Key_J)}, [this] {
        commitNote();
        if (!selectNextUnappraised())
            m_problem->setText(tr("Every item of this round has an answer."));
    });
    addKey({QKeySequence(Qt::CTRL | Qt::Key_H)}, [this] {
        commitNote();
        emit historyRequested(m_uuid, currentNodeId());
    });
    // Undo and redo: the workspace's one history. A note being typed is written first, and
    // a step that was another agency's is shown where it happened.
    QUndoStack *stack = m_document->undoStack();
    addKey({QKeySequence::Undo}, [this, stack] {
        commitNote();
        if (!stack->canUndo())
            return;
        // Read before the step runs: a step made obsolete by it is deleted by the stack.
        const auto *step = dynamic_cast<const AppraisalEdit *>(stack->command(stack->index() - 1));
        const QStringList where = step ? QStringList{step->assessmentUuid(), step->nodeId(), step->text()} : QStringList();
        stack->undo();
        if (!where.isEmpty())
            showStep(where[0], where[1], tr("Undone: %1").arg(where[2]));
    });
    addKey({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, [this, stack] {
        commitNote();
        if (!stack->canRedo())
            return;
        // Read before the step runs: a step made obsolete by it is deleted by the stack.
        const auto *step = dynamic_cast<const AppraisalEdit *>(stack->command(stack->index()));
        const QStringList where = step ? QStringList{step->assessmentUuid(), step->nodeId(), step->text()} : QStringList();
        stack->redo();
        if (!where.isEmpty())
            showStep(where[0], where[1], tr("Redone: %1").arg(where[2]));
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        commitNote(); // a note being typed is written before the panel shows another item
        showNode(true);
    });
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (m_editor)
            m_editor->setFocus();
    });
    connect(m_roundBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRound(index == 1 ? Layer::Appraisal2 : Layer::Appraisal1); });
    connect(m_agree, &QPushButton::clicked, this, [this] {
        commitNote();
        if (agreeWithAgency())
            selectNextUnappraised();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        commitNote();
        const CriteriaNode *node = m_model->agency().set.node(m_shownNode);
        if (node && node->isLeaf())
            m_document->setAppraisalAnswer(m_model->agency().info, m_model->agency().set, m_round, m_shownNode,
                                           std::nullopt);
    });
    connect(history, &QPushButton::clicked, this, [this] { emit historyRequested(m_uuid, currentNodeId()); });
    connect(m_notApplicable, &QCheckBox::clicked, this, &AppraisalWindow::commitAnswer);
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (m_notApplicable->isChecked() && m_reason->isModified())
            commitAnswer();
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        EvidenceViewer::open(this, m_document->path(), item->data(Qt::UserRole).toString(), item->text());
    });
    m_note->installEventFilter(this);
}

bool AppraisalWindow::isEditable() const
{
    return !m_document->isReadOnly() && m_model->agency().info.status != AssessmentStatus::Final;
}

void AppraisalWindow::setRound(Layer round)
{
    if (round == m_round)
        return;
    commitNote();
    m_round = round;
    const QSignalBlocker blocker(m_roundBox);
    m_roundBox->setCurrentIndex(round == Layer::Appraisal2 ? 1 : 0);
    reload();
}

QString AppraisalWindow::currentNodeId() const
{
    return m_tree->currentIndex().data(AppraisalTreeModel::NodeIdRole).toString();
}

void AppraisalWindow::selectNode(const QString &nodeId)
{
    const QModelIndex index = m_model->indexOf(nodeId);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

bool AppraisalWindow::selectNextUnappraised()
{
    QList<QModelIndex> leaves;
    collectLeaves(m_model, {}, leaves);
    const QString current = currentNodeId();
    qsizetype start = 0;
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        if (leaves[i].data(AppraisalTreeModel::NodeIdRole).toString() == current)
            start = i + 1;
    }
    for (qsizetype step = 0; step < leaves.size(); ++step) {
        const QModelIndex leaf = leaves[(start + step) % leaves.size()];
        if (!leaf.data(AppraisalTreeModel::AppraisedRole).toBool()) {
            m_tree->scrollTo(leaf);
            m_tree->setCurrentIndex(leaf);
            return true;
        }
    }
    return false;
}

bool AppraisalWindow::agreeWithAgency()
{
    const AgencyAppraisal &agency = m_model->agency();
    const QString nodeId = currentNodeId();
    const auto self = agency.layer(Layer::Self).answers.constFind(nodeId);
    if (!isEditable() || self == agency.layer(Layer::Self).answers.cend()) {
        m_problem->setText(tr("The agency did not answer this item: appraise it with the inputs."));
        return false;
    }
    m_problem->clear();
    return m_document->setAppraisalAnswer(agency.info, agency.set, m_round, nodeId, *self);
}

void AppraisalWindow::reload()
{
    auto agency = m_document->agency(m_uuid);
    if (!agency) {
        Messages::showError(this, agency.error());
        return;
    }
    m_refreshing = true;
    const QString current = m_shownNode;
    const bool editorFocused = m_editor && m_editor->isAncestorOf(QApplication::focusWidget());
    m_model->reset(agency.value(), m_round);
    m_tree->expandAll();
    for (int column = AppraisalTreeModel::MaxColumn; column < AppraisalTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_refreshing = false;
    updateHeading();
    if (m_pages->currentIndex() == 1 && m_shownSection) {
        // The section shown stays, with the counts just written.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_model->sectionAt(index) == m_shownSection) {
                const QSignalBlocker blocker(m_tree->selectionModel());
                m_tree->setCurrentIndex(index);
            }
        }
        showSection(*m_shownSection);
    } else if (!current.isEmpty()) {
        const QModelIndex index = m_model->indexOf(current);
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        showNode(false);
        if (editorFocused && m_editor)
            m_editor->setFocus();
    }
}

void AppraisalWindow::updateHeading()
{
    const AgencyAppraisal &agency = m_model->agency();
    m_heading->setText(tr("%1 — %2 (%3), %4 — %5")
                           .arg(agency.info.agencyCode, agency.info.agencyName, groupName(agency.info.group),
                                QString::number(agency.info.year), statusName(agency.info.status)));
    setWindowTitle(tr("Appraisal of %1 — ParScore").arg(agency.info.agencyName));
    QString signatures;
    if (agency.info.isSealed())
        signatures = tr("Submission: %1").arg(signatureStateName(agency.sealSignature));
    if (agency.info.status == AssessmentStatus::Final)
        signatures += u'\n' + tr("Final result: %1").arg(signatureStateName(agency.finalSignature));
    m_signatures->setText(signatures);
    m_signatures->setVisible(!signatures.isEmpty());
    QString banner;
    if (m_document->isReadOnly())
        banner = tr("The appraisal file is open read-only: nothing here can change it.");
    else if (agency.info.status == AssessmentStatus::Final)
        banner = tr("This agency's result is final: its appraisal can no longer change.");
    else if (agency.info.status == AssessmentStatus::Draft)
        banner = tr("This agency has not submitted yet: this is a draft that its submission will replace.");
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    const bool writable = !m_document->isReadOnly();
    const AssessmentStatus status = agency.info.status;
    const bool awaiting = std::any_of(agency.requests.cbegin(), agency.requests.cend(),
                                      [](const ExplanationRequest &request) { return request.isOpen(); });
    m_send->setEnabled(writable && status == AssessmentStatus::ExplanationRequested && awaiting);
    m_finalize->setVisible(status != AssessmentStatus::Final);
    m_finalize->setEnabled(writable && status != AssessmentStatus::Draft);
    m_reopen->setVisible(status == AssessmentStatus::Final);
    m_reopen->setEnabled(writable);
    const Scorecard &self = m_model->selfCard();
    const Scorecard &final = m_model->finalCard();
    m_final->setText(tr("Totals — self-assessed: %1 of %2; final: %3 of %4%5")
                         .arg(formatPoints(self.total), formatPoints(self.maxPoints), formatPoints(final.total),
                              formatPoints(final.maxPoints),
                              agency.info.status == AssessmentStatus::Final ? QString() : tr(" (provisional)")));
}

QString AppraisalWindow::signatureText() const
{
    return m_signatures->text();
}

void AppraisalWindow::showNode(bool rebuildInput)
{
    if (m_refreshing)
        return;
    const AgencyAppraisal &agency = m_model->agency();
    if (const auto kind = m_model->sectionAt(m_tree->currentIndex())) {
        showSection(*kind);
        return;
    }
    m_pages->setCurrentIndex(0);
    m_shownSection.reset();
    const QString nodeId = currentNodeId();
    const CriteriaNode *node = agency.set.node(nodeId);
    m_shownNode = nodeId;
    if (!node)
        return;
    const bool leaf = node->isLeaf();
    m_title->setText(QStringLiteral("%1  %2").arg(node->id, node->title));
    QStringList guidance;
    if (!node->guidance.isEmpty())
        guidance.append(node->guidance);
    if (!node->evidence.isEmpty())
        guidance.append(tr("Evidence required: %1").arg(node->evidence));
    guidance.append(tr("Maximum: %1 points").arg(formatPoints(node->maxPoints)));
    m_guidance->setText(guidance.join(u'\n'));

    // The agency's side.
    const AnswerSet &self = agency.layer(Layer::Self);
    const NodeScore &selfScore = m_model->selfCard().nodes[node->index];
    if (node->scoredBy == ScoredBy::Appraiser)
        m_selfAnswer->setText(tr("Scored by the appraisers only: the agency does not answer it."));
    else if (!leaf)
        m_selfAnswer->setText(tr("%1 of %2 points").arg(formatPoints(selfScore.points), formatPoints(selfScore.maxPoints)));
    else if (const auto answer = self.answers.constFind(nodeId); answer != self.answers.cend())
        m_selfAnswer->setText(tr("%1 — %2 of %3 points. %4")
                                  .arg(AnswerText::of(*node, *answer), formatPoints(selfScore.points),
                                       formatPoints(selfScore.maxPoints), selfScore.explanation));
    else
        m_selfAnswer->setText(tr("Not answered."));
    const QString selfNote = agency.notes[int(Layer::Self)].value(nodeId);
    m_selfNote->setText(selfNote.isEmpty() ? tr("(none)") : selfNote);
    m_evidence->clear();
    for (const EvidenceInfo &document : agency.evidence) {
        if (!document.nodes.contains(nodeId))
            continue;
        auto *item = new QListWidgetItem(document.nameAt(nodeId), m_evidence);
        item->setData(Qt::UserRole, document.sha256);
        if (!document.effectiveDate.isEmpty())
            item->setToolTip(tr("In effect from %1").arg(formatIsoDate(document.effectiveDate)));
    }
    if (m_evidence->count() == 0)
        new QListWidgetItem(tr("(no document)"), m_evidence);

    const AssessmentStatus status = agency.info.status;
    m_explanation->showItem(agency, nodeId, roundOneText(*node),
                            !m_document->isReadOnly() && status != AssessmentStatus::Draft
                                && status != AssessmentStatus::Final);

    // The council's side, for the round shown.
    m_roundGroup->setTitle(roundName(m_round));
    const bool editable = isEditable() && leaf;
    const AnswerSet &layer = agency.layer(m_round);
    const auto answer = layer.answers.constFind(nodeId);
    const Answer *current = answer == layer.answers.cend() ? nullptr : &*answer;
    if (rebuildInput || !m_editor) {
        delete m_editor;
        m_editor = nullptr;
        if (leaf) {
            m_editor = new AnswerEditor(*node, m_editorHolder);
            m_editorHolder->layout()->addWidget(m_editor);
            connect(m_editor, &AnswerEditor::edited, this, &AppraisalWindow::commitAnswer);
        }
        m_problem->clear();
    }
    if (m_editor) {
        m_editor->showAnswer(current);
        m_editor->setReadOnly(!editable || (current && current->notApplicable));
    }
    const bool naAllowed = leaf && node->notApplicable != NotApplicablePolicy::Forbidden;
    {
        const QSignalBlocker blockBox(m_notApplicable);
        m_notApplicable->setChecked(current && current->notApplicable);
        m_reason->setText(current && current->notApplicable ? current->reason : QString());
    }
    m_notApplicable->setVisible(naAllowed);
    m_reason->setVisible(naAllowed);
    m_notApplicable->setEnabled(editable);
    m_reason->setEnabled(editable && m_notApplicable->isChecked());
    m_agree->setEnabled(editable && self.answers.contains(nodeId));
    m_clear->setEnabled(editable && current);
    const NodeScore &roundScore = m_model->layerCard(m_round).nodes[node->index];
    const NodeScore &finalScore = m_model->finalCard().nodes[node->index];
    if (!leaf)
        m_roundResult->setText(tr("Final: %1 of %2 points").arg(formatPoints(finalScore.points),
                                                                 formatPoints(finalScore.maxPoints)));
    else if (current)
        m_roundResult->setText(tr("This round: %1 of %2 points. %3")
                                   .arg(formatPoints(roundScore.points), formatPoints(roundScore.maxPoints),
                                        roundScore.explanation));
    else
        m_roundResult->setText(tr("Not appraised in this round yet. Final for now: %1 of %2 points.")
                                   .arg(formatPoints(finalScore.points), formatPoints(finalScore.maxPoints)));
    {
        // A note being typed is kept when the same item is shown again after an edit.
        const QString stored = agency.notes[int(m_round)].value(nodeId);
        const QSignalBlocker blockNote(m_note);
        if (rebuildInput || m_note->toPlainText() == m_noteShown)
            m_note->setPlainText(stored);
        m_noteShown = stored;
    }
    m_note->setReadOnly(!isEditable());
}

void AppraisalWindow::showStep(const QString &uuid, const QString &nodeId, const QString &what)
{
    if (uuid == m_uuid) {
        if (!nodeId.isEmpty())
            selectNode(nodeId);
        return;
    }
    // Another agency's step: say so here, and show it in that agency's window.
    m_problem->setText(what);
    emit stepElsewhere(uuid, nodeId);
}

void AppraisalWindow::showSection(ExtraKind kind)
{
    m_shownNode.clear();
    m_shownSection = kind;
    // The panel may be the one whose box is being changed: it goes once that is done.
    if (m_extras)
        m_extras->deleteLater();
    m_extras = new AppraisalExtrasPanel(m_document, m_model->agency(), m_round, kind, isEditable(), m_extrasPage);
    m_extrasPage->layout()->addWidget(m_extras);
    m_pages->setCurrentIndex(1);
}

void AppraisalWindow::commitAnswer()
{
    const AgencyAppraisal &agency = m_model->agency();
    const CriteriaNode *node = agency.set.node(m_shownNode);
    if (m_refreshing || !node || !node->isLeaf() || !isEditable())
        return;
    m_reason->setModified(false);
    QJsonObject json;
    if (m_notApplicable->isChecked()) {
        if (m_reason->text().trimmed().isEmpty()) {
            m_problem->setText(tr("Write the reason the item is not applicable."));
            m_reason->setEnabled(true);
            m_reason->setFocus();
            return;
        }
        json = {{QStringLiteral("notApplicable"), true}, {QStringLiteral("reason"), m_reason->text()}};
    } else {
        const auto entered = m_editor ? m_editor->enteredJson() : std::nullopt;
        if (!entered) {
            if (m_editor && m_editor->choseNotScored())
                m_document->setAppraisalAnswer(agency.info, agency.set, m_round, m_shownNode, std::nullopt);
            return;
        }
        json = *entered;
    }
    // The same validation as an answers file, as the appraisers.
    const auto answer = AnswersParser::parseAnswer(agency.set, m_shownNode, json, Role::Appraiser);
    if (!answer) {
        const QString why = answerRefusal(*node, json, answer.error());
        m_problem->setText(tr("%1 Not entered: the round keeps its answer.").arg(why));
        if (m_editor)
            m_editor->showRefusal(why);
        showNode(false);
        return;
    }
    m_problem->clear();
    m_document->setAppraisalAnswer(agency.info, agency.set, m_round, m_shownNode, answer.value());
}

void AppraisalWindow::commitNote()
{
    if (m_shownNode.isEmpty() || !isEditable() || !m_model->agency().set.node(m_shownNode))
        return;
    const AgencyAppraisal &agency = m_model->agency();
    const QString before = agency.notes[int(m_round)].value(m_shownNode);
    const QString after = m_note->toPlainText();
    if (before != after)
        m_document->setAppraisalNote(agency.info, agency.set, m_round, m_shownNode, before, after);
}

bool AppraisalWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

void AppraisalWindow::closeEvent(QCloseEvent *event)
{
    commitNote();
    event->accept();
}

} // namespace ParScore
