#include "officerwindow.h"

#include "assessmentdocument.h"
#include "criteriafiltermodel.h"
#include "criteriatreemodel.h"
#include "detailpanel.h"
#include "editcommands.h"
#include "editlock.h"
#include "explanationbox.h"
#include "extraspanel.h"
#include "language.h"
#include "filedialogs.h"
#include "keyprompt.h"
#include "messages.h"
#include "newassessmentdialog.h"
#include "provincefile.h"
#include "readinessdialog.h"
#include "recentfiles.h"
#include "requestpart.h"
#include "windowactions.h"
#include "scorecardpdf.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ParScore {

using WindowActions::deferred;
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");


} // namespace

OfficerWindow::OfficerWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setAcceptDrops(true);
    // The size and place the officer left the window in, from one run to the next.
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        // The first time: comfortable, but never taller or wider than the screen.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    buildUi();
}

OfficerWindow::~OfficerWindow()
{
    // Views and models read the document: they go first.
    teardownUi();
}

void OfficerWindow::teardownUi()
{
    if (m_detail)
        m_detail->commitPendingEdits(); // a language switch or another file loses nothing typed
    delete centralWidget();
    delete m_proxy;
    delete m_model;
    m_tree = nullptr;
    m_detail = nullptr;
    m_extras = nullptr;
    m_scroll = nullptr;
    m_model = nullptr;
    m_proxy = nullptr;
}

void OfficerWindow::buildUi()
{
    // Menus, their actions and the toolbar are made again (e.g. in another language).
    menuBar()->clear();
    qDeleteAll(menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QToolBar *>());
    teardownUi();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px;"));
    layout->addWidget(m_banner);
    m_summary = new QLabel(central);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    if (!m_document) {
        auto *hint = new QLabel(tr("Create a new self-assessment (Ctrl+N) or open a .parx file (Ctrl+O).\n"
                                   "You can also drop a .parx file onto this window."),
                                central);
        hint->setAlignment(Qt::AlignCenter);
        layout->addWidget(hint, 1);
        m_banner->hide();
        m_summary->hide();
        setWindowTitle(tr("ParScore — PAR Index self-assessment"));
    } else {
        auto *splitter = new QSplitter(central);
        splitter->setObjectName(QStringLiteral("mainSplitter"));
        auto *left = new QWidget(splitter);
        auto *leftLayout = new QVBoxLayout(left);
        leftLayout->setContentsMargins(0, 0, 0, 0);
        auto *filters = new QHBoxLayout;
        m_search = new QLineEdit(left);
        m_search->setObjectName(QStringLiteral("searchLineEdit"));
        m_search->setPlaceholderText(tr("Search by number or title (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search"));
        m_search->setClearButtonEnabled(true);
        m_filter = new QComboBox(left);
        m_filter->setObjectName(QStringLiteral("filterComboBox"));
        m_filter->setAccessibleName(tr("Show"));
        m_filter->addItems({tr("All items"), tr("Not scored"), tr("Points without evidence"), tr("Not applicable")});
        if (m_document->requestPart())
            m_filter->addItem(tr("Items to explain")); // CriteriaFilterModel::Show::Requested
        filters->addWidget(m_search, 1);
        filters->addWidget(m_filter);
        leftLayout->addLayout(filters);

        m_model = new CriteriaTreeModel(m_document.get(), this);
        auto *proxy = new CriteriaFilterModel(this);
        proxy->setSourceModel(m_model);
        m_proxy = proxy;
        m_tree = new QTreeView(left);
        m_tree->setObjectName(QStringLiteral("criteriaTreeView"));
        m_tree->setAccessibleName(tr("Criteria"));
        m_tree->setModel(m_proxy);
        m_tree->setUniformRowHeights(true);
        m_tree->setAlternatingRowColors(true);
        m_tree->expandAll();
        m_tree->header()->setSectionResizeMode(CriteriaTreeModel::TitleColumn, QHeaderView::Stretch);
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->setSectionResizeMode(CriteriaTreeModel::IdColumn, QHeaderView::ResizeToContents);
        m_tree->setColumnWidth(CriteriaTreeModel::MaxColumn, 60);
        m_tree->setColumnWidth(CriteriaTreeModel::PointsColumn, 60);
        // The state is short and must be read whole; the title gives way instead.
        m_tree->header()->setSectionResizeMode(CriteriaTreeModel::StateColumn, QHeaderView::ResizeToContents);
        leftLayout->addWidget(m_tree);

        m_scroll = new QScrollArea(splitter);
        QScrollArea *scroll = m_scroll;
        scroll->setWidgetResizable(true);
        scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the tree straight to the item's input
        // One panel for a criteria item, one for the bonus or penalty section; the scroll
        // area holds the one shown, the other waits hidden.
        m_detail = new DetailPanel(m_document.get(), scroll);
        m_extras = new ExtrasPanel(m_document.get(), scroll);
        m_extras->hide();
        scroll->setWidget(m_detail);
        splitter->addWidget(left);
        splitter->addWidget(scroll);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->restoreState(QSettings().value(splitterKey).toByteArray());
        connect(splitter, &QSplitter::splitterMoved, this,
                [splitter] { QSettings().setValue(splitterKey, splitter->saveState()); });
        layout->addWidget(splitter, 1);

        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    const QVariant section = current.data(CriteriaTreeModel::SectionRole);
                    if (section.isValid()) {
                        m_detail->commitPendingEdits();
                        m_extras->showSection(ExtraKind(section.toInt()));
                        showPage(m_extras);
                    } else {
                        m_detail->showNode(current.data(CriteriaTreeModel::NodeIdRole).toString());
                        showPage(m_detail);
                    }
                    m_scroll->verticalScrollBar()->setValue(0); // the item's title first
                });
        // A refusal is shown at its box; here it stays readable after the panel changed.
        const auto showRefusal = [this](const QString &why) { statusBar()->showMessage(why, 15000); };
        connect(m_detail, &DetailPanel::inputRefused, this, showRefusal);
        connect(m_extras, &ExtrasPanel::inputRefused, this, showRefusal);
        // Enter (or a double click) on an item goes to its input, ready to type.
        connect(m_tree, &QTreeView::activated, this, &OfficerWindow::focusItemInput);
        connect(m_search, &QLineEdit::textChanged, this, &OfficerWindow::updateFilter);
        m_search->installEventFilter(this); // Enter or Down goes to the first match
        connect(m_filter, &QComboBox::currentIndexChanged, this, &OfficerWindow::updateFilter);
        connect(m_document.get(), &AssessmentDocument::scoresChanged, this, &OfficerWindow::updateSummary);
        connect(m_document.get(), &AssessmentDocument::nodeChanged, this, &OfficerWindow::updateSummary);
        connect(m_document.get(), &AssessmentDocument::sealed, this, &OfficerWindow::updateSummary);
        connect(m_document.get(), &AssessmentDocument::errorOccurred, this,
                [this](const QString &message) { Messages::showError(this, Error::invalid(message)); });
        setWindowTitle((m_document->isReadOnlyCopy() ? tr("%1 (read-only) — %2 %3 — ParScore")
                                                     : tr("%1 — %2 %3 — ParScore"))
                           .arg(QFileInfo(m_document->path()).fileName(), m_document->info().agencyName,
                                QString::number(m_document->info().year)));
        updateSummary();
        if (m_proxy->rowCount() > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        if (const RequestPart *part = m_document->requestPart(); part && !part->flaggedNodes().isEmpty())
            selectNode(part->flaggedNodes().constFirst()); // what the file was sent for
    }
    setCentralWidget(central);
    buildMenus();
}

void OfficerWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New self-assessment…"), QKeySequence::New, this,
                    deferred(this, [this] { newAssessment(); }));
    file->addAction(tr("New &appraisal file…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &OfficerWindow::newAppraisalFileRequested);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, deferred(this, [this] { chooseFile(); }));
    QAction *copy = file->addAction(tr("Save an editable &copy…"), this,
                                    deferred(this, [this] { saveEditableCopy(); }));
    // Only for a file that cannot be changed where it is: a copy of a file being edited
    // elsewhere would only split the work in two.
    copy->setEnabled(m_document && !m_document->readOnlyOnDisk().isEmpty());
    QMenu *recent = file->addMenu(tr("Open &recent"));
    for (const QString &path : RecentFiles::list())
        recent->addAction(QDir::toNativeSeparators(path), this, deferred(this, [this, path] { openFile(path); }));
    recent->setEnabled(!recent->isEmpty());
    QAction *save = file->addAction(tr("&Save"), QKeySequence::Save, this, [this] {
        statusBar()->showMessage(m_document && m_document->isReadOnlyCopy()
                                     ? tr("This file is open read-only: nothing here can change it.")
                                     : tr("Every change is saved in the file as you make it."),
                                 4000);
    });
    file->addSeparator();
    QAction *preview = file->addAction(tr("Print pre&view…"), this, &OfficerWindow::printPreview);
    QAction *print = file->addAction(tr("&Print…"), QKeySequence::Print, this, &OfficerWindow::printPreview);
    QAction *pdf = file->addAction(tr("&Export scorecard to PDF…"), this, &OfficerWindow::exportPdf);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QMenu *assessment = menuBar()->addMenu(tr("&Assessment"));
    if (m_document) {
        QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
        redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        edit->addAction(undo);
        edit->addAction(redo);
        // An undone or redone edit may be on another item: show it.
        QUndoStack *stack = m_document->undoStack();
        connect(undo, &QAction::triggered, this, [this, stack] { showEditedItem(stack->command(stack->index())); });
        connect(redo, &QAction::triggered, this,
                [this, stack] { showEditedItem(stack->command(stack->index() - 1)); });
        edit->addSeparator();
        edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
        edit->addAction(tr("&Next item to score"), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] {
            if (selectNextUnanswered())
                focusItemInput();
        });
        edit->addAction(tr("Switch between the &tree and the item"), QKeySequence(Qt::Key_F6), this, [this] {
            if (m_tree->hasFocus() && focusItemInput())
                return;
            m_tree->setFocus(Qt::ShortcutFocusReason);
        });
        assessment->addAction(tr("&Readiness check…"), QKeySequence(Qt::Key_F7), this, &OfficerWindow::showReadiness);
        const RequestPart *part = m_document->requestPart();
        // In a request file the response is what is sealed and sent, not the self-assessment.
        QAction *submitAction =
            part ? assessment->addAction(tr("&Send the explanation…"), this, deferred(this, [this] { sendExplanation(); }))
                 : assessment->addAction(tr("&Submit (seal)…"), this, deferred(this, [this] { submit(); }));
        submitAction->setEnabled(part ? !part->isReadOnly() : !m_document->isReadOnly());
        auto *bar = addToolBar(tr("Main"));
        bar->setObjectName(QStringLiteral("mainToolBar"));
        bar->addAction(undo);
        bar->addAction(redo);
        bar->addSeparator();
        bar->addAction(assessment->actions().constFirst());
        bar->addAction(submitAction);
        bar->addAction(preview);
    } else {
        for (QAction *action : {save, preview, print, pdf})
            action->setEnabled(false);
        edit->setEnabled(false);
        assessment->setEnabled(false);
    }

    WindowActions::addSettingsMenu(menuBar(), this, [this](const QString &code) { switchLanguage(code); });
}

bool OfficerWindow::openFile(const QString &path)
{
    // The inspectors' file opens in their workspace, whichever window was asked.
    if (const auto isProvince = ProvinceFile::isAt(path); isProvince && isProvince.value()) {
        emit provinceFileChosen(path);
        return false;
    }
    auto access = AssessmentDocument::Access::Edit;
    if (const QString holder = EditLock::holder(path); !holder.isEmpty()) {
        if (m_document && QFileInfo(path).absoluteFilePath() == m_document->path())
            return true; // this window has it open already
        const int choice = Messages::choose(
            this,
            tr("%1 is being edited in another window or program (%2).\n\nOpen it read-only, to look without "
               "changing it? If you are sure it is not open there (for example the file was copied from another "
               "computer), you can edit it here.")
                .arg(QDir::toNativeSeparators(path), holder),
            {tr("Open &read-only"), tr("&Edit here")});
        if (choice < 0)
            return false;
        if (choice == 1 && !EditLock::release(path)) {
            Messages::showError(this, Error::unreadable(tr("The mark beside %1 cannot be removed")
                                                            .arg(QDir::toNativeSeparators(path))));
            return false;
        }
        access = choice == 0 ? AssessmentDocument::Access::ReadOnly : AssessmentDocument::Access::Edit;
    }
    if (!mayLeaveDocument())
        return false;
    auto opened = AssessmentDocument::open(path, Messages::userName(), access);
    if (!opened) {
        Messages::showError(this, opened.error());
        return false;
    }
    teardownUi();
    m_document = std::move(opened).value();
    RecentFiles::add(m_document->path());
    buildUi();
    return true;
}

void OfficerWindow::updateSummary()
{
    if (!m_document)
        return;
    const Scorecard &card = m_document->scorecard();
    const CriteriaSet &set = m_document->set();
    QString text = tr("Self-assessed: %1 of %2 points").arg(formatPoints(card.total), formatPoints(card.maxPoints));
    // No grade before anything is scored: "weak" on an empty file would only alarm.
    if (card.percent && card.answeredLeaves > 0)
        text += tr(" — index %1 %").arg(formatPercent(*card.percent));
    if (card.grade && card.answeredLeaves > 0)
        text += card.answeredLeaves < card.leaves ? tr(" — grade %1 (provisional)").arg(*card.grade)
                                                  : tr(" — grade %1").arg(*card.grade);
    text += tr(" — scored %1 of %2 items")
                .arg(QString::number(card.answeredLeaves), QString::number(card.leaves));
    m_summary->setText(text);
    QString banner;
    if (const RequestPart *part = m_document->requestPart())
        banner = ExplanationBox::bannerText(*part, m_document->path());
    if (set.status() != SetStatus::Official)
        banner += (banner.isEmpty() ? QString() : QStringLiteral("\n"))
                  + tr("ILLUSTRATIVE criteria set (minh họa): %1 is not the province's official set.").arg(set.title());
    if (m_document->isSealed())
        banner += (banner.isEmpty() ? QString() : QStringLiteral("\n"))
                  + tr("Submitted and sealed: the self-assessment is read-only. Seal fingerprint: %1")
                        .arg(m_document->info().sealSha256)
                  + QStringLiteral("\n")
                  + tr("Signature of the submission: %1").arg(signatureStateName(m_document->sealSignature()));
    if (!m_document->readOnlyOnDisk().isEmpty())
        banner += (banner.isEmpty() ? QString() : QStringLiteral("\n"))
                  + tr("Opened read-only: %1. Nothing can be changed here. To work on it, choose File → Save an "
                       "editable copy…, or make the file writable (in its properties) and open it again.")
                        .arg(m_document->readOnlyOnDisk());
    else if (m_document->isReadOnlyCopy())
        banner += (banner.isEmpty() ? QString() : QStringLiteral("\n"))
                  + tr("Opened read-only: another window or program is editing this file. What you see is "
                       "the file as it was when opened.");
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    statusBar()->showMessage(QFileInfo(m_document->path()).absoluteFilePath());
}

void OfficerWindow::updateFilter()
{
    auto *proxy = static_cast<CriteriaFilterModel *>(m_proxy);
    proxy->setText(m_search->text());
    proxy->setShow(CriteriaFilterModel::Show(m_filter->currentIndex()));
    m_tree->expandAll();
}

void OfficerWindow::showEditedItem(const QUndoCommand *command)
{
    const auto *edit = dynamic_cast<const EditCommand *>(command);
    if (!edit || !m_tree)
        return;
    if (const auto section = edit->section()) {
        if (m_scroll->widget() != m_extras || m_extras->section() != section)
            m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOfSection(*section)));
    } else if (m_scroll->widget() != m_detail || edit->nodeId() != m_detail->nodeId()) {
        selectNode(edit->nodeId());
    }
}

void OfficerWindow::showPage(QWidget *page)
{
    if (m_scroll->widget() == page)
        return;
    // Swapped rather than stacked: a stack is as tall as its tallest page.
    QWidget *previous = m_scroll->takeWidget();
    previous->setParent(m_scroll); // still owned by the window, hidden
    previous->hide();
    m_scroll->setWidget(page);
    page->show();
}

bool OfficerWindow::focusItemInput()
{
    if (!m_scroll)
        return false;
    return m_scroll->widget() == m_extras ? m_extras->focusInput() : m_detail->focusInput();
}

void OfficerWindow::selectNode(const QString &nodeId)
{
    if (!m_model)
        return;
    m_filter->setCurrentIndex(0);
    m_search->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(nodeId));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool OfficerWindow::selectNextUnanswered()
{
    if (!m_document)
        return false;
    const QString current = m_detail->nodeId();
    const QList<CriteriaNode> &nodes = m_document->set().nodes();
    const int start = std::max(0, m_document->set().indexOf(current));
    for (qsizetype step = 1; step <= nodes.size(); ++step) {
        const CriteriaNode &node = nodes[(start + step) % nodes.size()];
        if (node.isLeaf() && node.scoredBy == ScoredBy::Agency && !m_document->answers().answers.contains(node.id)) {
            selectNode(node.id);
            return true;
        }
    }
    statusBar()->showMessage(tr("Every item is scored."), 4000);
    return false;
}

void OfficerWindow::newAssessment()
{
    NewAssessmentDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openFile(dialog.createdPath());
}

void OfficerWindow::saveEditableCopy()
{
    const QFileInfo original(m_document->path());
    QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Assessments, tr("Save an editable copy"),
                                         tr("%1 (copy).parx").arg(original.completeBaseName()),
                                         tr("ParScore assessments (*.parx)"), false);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".parx"), Qt::CaseInsensitive))
        path += QStringLiteral(".parx");
    const auto copied = ParxFile::copy(original.absoluteFilePath(), path);
    if (!copied) {
        Messages::showError(this, copied.error());
        return;
    }
    openFile(path);
}

void OfficerWindow::chooseFile()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Assessments, tr("Open a self-assessment"),
                                               tr("ParScore assessments (*.parx)"));
    if (!path.isEmpty())
        openFile(path);
}

void OfficerWindow::showReadiness()
{
    ReadinessDialog dialog(m_document.get(), this);
    connect(&dialog, &ReadinessDialog::jumpRequested, this, &OfficerWindow::selectNode);
    dialog.exec();
}

void OfficerWindow::submit()
{
    ReadinessDialog check(m_document.get(), this);
    if (check.problemCount() > 0) {
        connect(&check, &ReadinessDialog::jumpRequested, this, &OfficerWindow::selectNode);
        check.exec();
        return;
    }
    if (!Messages::confirm(this, tr("Submit the self-assessment of %1 for %2?\n\nIt will be sealed: the scores, "
                                    "notes and evidence can no longer be changed.")
                                     .arg(m_document->info().agencyName,
                                          QString::number(m_document->info().year))))
        return;
    // Signed with the agency's key, made on first use in its name; no key, no submission.
    const auto key = KeyPrompt::signingKey(this, m_document->info().agencyName);
    if (!key || !m_document->seal(key->key.pair))
        return;
    buildUi();
    statusBar()->showMessage(tr("Submitted and sealed.") + u' ' + KeyPrompt::signedText(*key));
}

void OfficerWindow::sendExplanation()
{
    // The explanation being typed is part of what is sent: nothing is sealed but what the officer sees.
    if (!m_detail->commitPendingEdits()) {
        statusBar()->showMessage(tr("Nothing was sent: an explanation could not be written (see the message "
                                    "before). Try again when the file can be written."));
        return;
    }
    ReadinessDialog check(m_document.get(), this);
    if (check.problemCount() > 0) {
        connect(&check, &ReadinessDialog::jumpRequested, this, &OfficerWindow::selectNode);
        check.exec();
        return;
    }
    if (!Messages::confirm(this, tr("Send the explanation of %1?\n\nIt will be sealed: the explanations and their "
                                    "documents can no longer be changed. Then send this file back to the "
                                    "Department of Home Affairs.")
                                     .arg(m_document->info().agencyName)))
        return;
    if (!m_document->requestPart()->seal())
        return;
    const QString current = m_detail->nodeId();
    buildUi();
    selectNode(current);
    statusBar()->showMessage(tr("The explanation is sealed. Send this file: %1")
                                 .arg(QDir::toNativeSeparators(m_document->path())));
}

std::optional<ScorecardPieces> OfficerWindow::scorecard()
{
    const auto content = m_document->scorecardContent();
    if (!content) {
        Messages::showError(this, content.error());
        return std::nullopt;
    }
    return ScorecardHtml::pieces(content.value());
}

void OfficerWindow::printPreview()
{
    const auto card = scorecard();
    if (!card)
        return;
    QPrinter printer(QPrinter::HighResolution);
    // The page of the exported PDF; ScorecardPdf::print keeps to it whatever is chosen here.
    printer.setPageLayout(ScorecardPdf::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview of the scorecard"));
    dialog.resize(size() * 9 / 10); // big enough to read a landscape page
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&card](QPrinter *target) { ScorecardPdf::print(*card, target); });
    dialog.exec();
}

void OfficerWindow::exportPdf()
{
    const auto card = scorecard();
    if (!card)
        return;
    // The first export goes beside the assessment; later ones where the last one went.
    const QFileInfo assessment(m_document->path());
    const QString folder = FileDialogs::startFolder(FileDialogs::Purpose::Exports, assessment.absolutePath());
    const QString path = FileDialogs::savePdf(this, FileDialogs::Purpose::Exports, tr("Export the scorecard"),
                                              QDir(folder).filePath(assessment.completeBaseName() + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return;
    const auto written = ScorecardPdf::write(*card, m_document->info().agencyName, path);
    if (!written)
        Messages::showError(this, written.error());
    else
        statusBar()->showMessage(tr("Scorecard written to %1").arg(path), 5000);
}

void OfficerWindow::switchLanguage(const QString &code)
{
    WindowActions::setLanguageFor(code);
    // The document and its undo history stay; only the widgets and texts are made again.
    const QString current = m_detail ? m_detail->nodeId() : QString();
    if (m_detail)
        m_detail->commitPendingEdits();
    const QHash<QString, QString> unsaved = m_detail ? m_detail->unsavedNotes() : QHash<QString, QString>();
    if (m_document)
        m_document->retranslate();
    buildUi();
    if (m_detail)
        m_detail->keepUnsavedNotes(unsaved); // refused notes survive the new panel
    if (!current.isEmpty())
        selectNode(current);
    if (m_tree)
        m_tree->setFocus(); // where the keyboard is expected, not nowhere
}

void OfficerWindow::closeEvent(QCloseEvent *event)
{
    // Edits are written as they are made; a note still being typed is written now.
    if (!mayLeaveDocument()) {
        event->ignore();
        return;
    }
    QSettings().setValue(geometryKey, saveGeometry());
    event->accept();
}

bool OfficerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex first = static_cast<CriteriaFilterModel *>(m_proxy)->firstMatch();
            if (first.isValid()) {
                m_tree->setCurrentIndex(first);
                m_tree->scrollTo(first);
                m_tree->setFocus(Qt::ShortcutFocusReason);
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool OfficerWindow::mayLeaveDocument()
{
    if (!m_detail)
        return true;
    m_detail->commitPendingEdits();
    return !m_detail->hasUnsavedNotes()
           || Messages::confirm(this, tr("Some notes could not be written: the file is busy or cannot be written "
                                         "(see the message before). Close the file anyway and lose them?"));
}

void OfficerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.toLocalFile().endsWith(QLatin1String(".parx"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void OfficerWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.toLocalFile().endsWith(QLatin1String(".parx"), Qt::CaseInsensitive)) {
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace ParScore
