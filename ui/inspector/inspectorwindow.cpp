#include "inspectorwindow.h"

#include "appraisalwindow.h"
#include "chartswindow.h"
#include "filedialogs.h"
#include "historydialog.h"
#include "groupnames.h"
#include "importdialog.h"
#include "language.h"
#include "messages.h"
#include "overviewfilter.h"
#include "overviewmodel.h"
#include "provincedocument.h"
#include "rankingwindow.h"
#include "recentfiles.h"
#include "roundactions.h"
#include "scorecardsexport.h"
#include "windowactions.h"
#include "workbookexport.h"
#include "surveygridwindow.h"
#include "trustedkeys.h"
#include "trustedkeysdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ParScore {

using WindowActions::deferred;

namespace {

const QString geometryKey = QStringLiteral("inspector/geometry");
const QString columnsKey = QStringLiteral("inspector/columns");


bool isSubmission(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || info.suffix().compare(QLatin1String("parx"), Qt::CaseInsensitive) == 0;
}

// The workspace's window of `Window` on the document, made when there is none, in front.
template<typename Window>
void bringUp(QPointer<Window> &window, ProvinceDocument *document, QWidget *parent)
{
    if (!window)
        window = new Window(document, parent);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

InspectorWindow::InspectorWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setAcceptDrops(true);
    setAttribute(Qt::WA_DeleteOnClose);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1400, 850);
        resize(QSize(1400, 850).boundedTo(available * 0.9));
    }
    buildUi();
}

InspectorWindow::~InspectorWindow() = default;

ChartsWindow *InspectorWindow::charts() const
{
    return m_charts;
}

RankingWindow *InspectorWindow::ranking() const
{
    return m_ranking;
}

SurveyGridWindow *InspectorWindow::surveyGrid() const
{
    return m_surveyGrid;
}

bool InspectorWindow::openFile(const QString &path)
{
    auto isProvince = ProvinceFile::isAt(path);
    if (!isProvince) {
        Messages::showError(this, isProvince.error());
        return false;
    }
    if (!isProvince.value()) {
        emit agencyFileChosen(path);
        return false;
    }
    auto opened = ProvinceDocument::open(path, Messages::userName());
    if (!opened) {
        Messages::showError(this, opened.error());
        return false;
    }
    // The appraisals of the file open before stand on it: they close with it.
    for (const QPointer<AppraisalWindow> &window : std::as_const(m_appraisals)) {
        if (window) {
            window->close(); // writes a note being typed
            delete window;
        }
    }
    m_appraisals.clear();
    delete m_surveyGrid; // so do the grid, the charts and the ranking
    delete m_charts;
    delete m_ranking;
    m_document = std::move(opened).value();
    RecentFiles::add(m_document->path());
    connect(m_document.get(), &ProvinceDocument::overviewChanged, this, &InspectorWindow::refill);
    connect(m_document.get(), &ProvinceDocument::errorOccurred, this,
            [this](const QString &message) { Messages::showError(this, Error::invalid(message)); });
    buildUi();
    return true;
}

void InspectorWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = new QLabel(central);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fff3cd;padding:6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), central);
    m_group = new QComboBox(central);
    groupLabel->setBuddy(m_group);
    auto *stateLabel = new QLabel(tr("S&tatus:"), central);
    m_state = new QComboBox(central);
    stateLabel->setBuddy(m_state);
    m_state->addItem(tr("Every status"));
    m_state->addItem(tr("Not submitted"), OverviewModel::NotSubmitted);
    for (const auto status : {AssessmentStatus::Submitted, AssessmentStatus::InAppraisal,
                              AssessmentStatus::ExplanationRequested, AssessmentStatus::Final})
        m_state->addItem(statusName(status), int(status));
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by code or name (marks optional)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_model = new OverviewModel(central);
    m_filter = new OverviewFilter(central);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(central);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows of one height: 3,321 agencies scroll without measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Column widths from the first rows' contents, not from thousands of rows measured one by one.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGroup(m_group->currentData().toString()); updateSummary(); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_state->currentData();
        m_filter->setState(state.isValid() ? std::optional(state.toInt()) : std::nullopt);
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this, &InspectorWindow::openCurrentAgency);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateSummary();
    });
    refill();
    // Columns sized once to their contents (on the visible rows), then as the inspector leaves them.
    const QByteArray columns = QSettings().value(columnsKey).toByteArray();
    if (columns.isEmpty() || !m_table->horizontalHeader()->restoreState(columns)) {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(OverviewModel::NameColumn, qMin(m_table->columnWidth(OverviewModel::NameColumn), 320));
    }
    buildMenus();
}

void InspectorWindow::refill()
{
    if (!m_document) {
        m_heading->setText(tr("No appraisal file is open"));
        m_summary->setText(tr("Open an appraisal file (File → Open…), or make a new one (File → New appraisal file…)."));
        setWindowTitle(tr("Inspectors' workspace — ParScore"));
        for (QWidget *w : std::initializer_list<QWidget *>{m_group, m_state, m_search, m_table})
            w->setEnabled(false);
        return;
    }
    const ProvinceInfo &info = m_document->info();
    const QString title = info.title.isEmpty() ? QFileInfo(m_document->path()).completeBaseName() : info.title;
    // The year once: most titles name it already ("Thẩm định Chỉ số CCHC năm 2026").
    const bool yearInTitle = info.year == 0 || title.contains(QString::number(info.year));
    m_heading->setText(yearInTitle ? title : tr("%1 — year %2").arg(title, QString::number(info.year)));
    setWindowTitle((m_document->isReadOnly() ? tr("%1 (read-only) — ParScore") : tr("%1 — ParScore"))
                       .arg(QFileInfo(m_document->path()).fileName()));
    if (!m_document->readOnlyOnDisk().isEmpty()) {
        m_banner->setText(tr("Read-only: %1").arg(m_document->readOnlyOnDisk()));
        m_banner->show();
    }
    // After an edit the table is made again: the inspector stays on the agency and the place
    // in the list they were at.
    const QString currentAgency = m_table->currentIndex().data(OverviewModel::AgencyRole).toString();
    const int currentColumn = qMax(0, m_table->currentIndex().column());
    const int scrolled = m_table->verticalScrollBar()->value();
    m_model->reset(m_document->overview());
    if (!currentAgency.isEmpty()) {
        const QModelIndexList found = m_filter->match(m_filter->index(0, 0), OverviewModel::AgencyRole, currentAgency, 1,
                                                      Qt::MatchExactly);
        if (!found.isEmpty())
            m_table->setCurrentIndex(found.constFirst().siblingAtColumn(currentColumn));
    }
    m_table->verticalScrollBar()->setValue(scrolled);
    // The groups the file knows, in the order of the table.
    const QString chosen = m_group->currentData().toString();
    QStringList groups;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString group = m_model->index(row, 0).data(OverviewModel::GroupRole).toString();
        if (!groups.contains(group))
            groups.append(group);
    }
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("Every group"));
    for (const QString &group : groups)
        m_group->addItem(groupName(group), group);
    m_group->setCurrentIndex(qMax(0, m_group->findData(chosen)));
    m_filter->setGroup(m_group->currentData().toString());
    updateSummary();
}

void InspectorWindow::updateSummary()
{
    if (!m_document)
        return;
    QString text = tr("%n agencies expected, ", nullptr, int(m_document->info().agencies.size()))
                   + tr("%n submitted, ", nullptr, m_model->submittedCount())
                   + tr("%n not submitted yet", nullptr, m_model->missingCount());
    if (m_filter->rowCount() != m_model->rowCount())
        text += tr(" — %n shown", nullptr, m_filter->rowCount());
    text += tr(". * provisional: final points, grades and ranks stand once the agency's result is final.");
    m_summary->setText(text);
}

void InspectorWindow::buildMenus()
{
    setMenuBar(new QMenuBar(this)); // the old bar goes with its menus and their actions
    for (QToolBar *bar : findChildren<QToolBar *>())
        delete bar;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &appraisal file…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &InspectorWindow::newAppraisalFileRequested);
    file->addAction(tr("&New self-assessment…"), this, &InspectorWindow::newSelfAssessmentRequested);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, deferred(this, [this] { chooseFile(); }));
    QMenu *recent = file->addMenu(tr("Open &recent"));
    for (const QString &path : RecentFiles::list())
        recent->addAction(QDir::toNativeSeparators(path), this, deferred(this, [this, path] { openFile(path); }));
    recent->setEnabled(!recent->isEmpty());
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import submissions…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                           deferred(this, [this] { chooseSubmissions(); }));
    QAction *importFolder = file->addAction(tr("Import a &folder of submissions…"), this,
                                            deferred(this, [this] { chooseFolder(); }));
    const bool editable = m_document && !m_document->isReadOnly();
    importFiles->setEnabled(editable);
    importFolder->setEnabled(editable);
    QAction *exportWorkbook = file->addAction(tr("&Export the results to Excel…"), this, deferred(this, [this] {
        const QString said = WorkbookExport::run(this, m_document->path(), m_document->info().year);
        if (!said.isEmpty())
            statusBar()->showMessage(said, 15000);
    }));
    QAction *exportCards = file->addAction(tr("Export the &scorecards to PDF…"), this, deferred(this, [this] {
        statusBar()->showMessage(ScorecardsExport::run(this, m_document.get()), 15000);
    }));
    for (QAction *action : {exportWorkbook, exportCards})
        action->setEnabled(m_document != nullptr);
    file->addSeparator();
    file->addAction(tr("&Close window"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    if (m_document) {
        QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
        redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        edit->addAction(undo);
        edit->addAction(redo);
        edit->addSeparator();
    }
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("inspectorToolBar"));
    bar->addAction(importFiles);
    bar->addAction(importFolder);

    QMenu *appraisal = menuBar()->addMenu(tr("&Appraisal"));
    QAction *survey = appraisal->addAction(
        tr("&Survey scores…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
        [this] { bringUp(m_surveyGrid, m_document.get(), this); });
    survey->setEnabled(m_document != nullptr);
    QAction *charts = appraisal->addAction(tr("Results &charts…"), this,
                                           [this] { bringUp(m_charts, m_document.get(), this); });
    QAction *ranking = appraisal->addAction(tr("&Ranking…"), this,
                                            [this] { bringUp(m_ranking, m_document.get(), this); });
    for (QAction *action : {charts, ranking})
        action->setEnabled(m_document != nullptr);
    appraisal->addSeparator();
    addRoundActions(appraisal);
    appraisal->addSeparator();
    QAction *keys = appraisal->addAction(tr("Trusted &keys…"), this, deferred(this, [this] { showTrustedKeys(); }));
    keys->setEnabled(m_document != nullptr);

    WindowActions::addSettingsMenu(menuBar(), this, [this](const QString &code) { switchLanguage(code); });
}

void InspectorWindow::chooseFile()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Assessments, tr("Open an appraisal file"),
                                               tr("ParScore files (*.parx)"));
    if (!path.isEmpty())
        openFile(path);
}

void InspectorWindow::chooseSubmissions()
{
    const QStringList files = FileDialogs::openFiles(this, FileDialogs::Purpose::Submissions,
                                                     tr("Import submissions"), tr("ParScore files (*.parx)"));
    if (!files.isEmpty())
        importFiles(files);
}

void InspectorWindow::chooseFolder()
{
    const QString folder =
        FileDialogs::openFolder(this, FileDialogs::Purpose::Submissions, tr("Import every submission in a folder"));
    if (!folder.isEmpty())
        importFiles({folder});
}

void InspectorWindow::importFiles(const QStringList &paths)
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QStringList files = Merger::sourcesIn(paths);
    if (files.isEmpty()) {
        Messages::showError(this, Error::invalid(tr("There is no .parx file in %1")
                                                     .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", "))))));
        return;
    }
    ImportDialog dialog(m_document.get(), files, this);
    connect(&dialog, &ImportDialog::imported, this, [this] {
        auto read = m_document->imported();
        if (!read)
            Messages::showError(this, read.error());
        QString said = tr("Imported. The import cannot be undone; the edits before it can no longer be "
                          "undone either.");
        // Issue 14, point 3: keys learnt from agencies' first signed submissions wait for a person.
        if (const auto keys = TrustedKeys::list(m_document->file())) {
            const auto unconfirmed = std::count_if(keys.value().cbegin(), keys.value().cend(),
                                                   [](const KnownKey &key) { return !key.confirmed(); });
            if (unconfirmed > 0)
                said += u' '
                        + tr("%n agency key(s) learnt and not confirmed: compare the fingerprints with the agencies, "
                             "then confirm them in Appraisal ▸ Trusted keys…",
                             nullptr, int(unconfirmed));
        }
        statusBar()->showMessage(said, 30000);
    });
    dialog.exec();
}

void InspectorWindow::showTrustedKeys()
{
    if (!m_document)
        return;
    TrustedKeysDialog dialog(m_document.get(), this);
    dialog.exec();
}

void InspectorWindow::addRoundActions(QMenu *menu)
{
    const bool writable = m_document && !m_document->isReadOnly();
    const auto onAgency = [this](auto action) {
        return [this, action] {
            if (const auto row = currentSubmitted())
                statusBar()->showMessage(action(*row), 15000);
        };
    };
    const QList<QAction *> actions{
        menu->addAction(tr("Send the selected agency for &explanation…"), this, onAgency([this](const OverviewRow &row) {
            return RoundActions::sendForExplanation(this, m_document.get(), row.assessment);
        })),
        menu->addAction(tr("&Finalize the selected agency's result…"), this, onAgency([this](const OverviewRow &row) {
            return RoundActions::finalize(this, m_document.get(), row.assessment, row.openRequests);
        })),
        menu->addAction(tr("Finalize every complete result of a &group…"), this,
                        [this] {
                            QString group = m_group->currentData().toString();
                            if (group.isEmpty()) {
                                // The groups of the group filter, in its order.
                                QStringList names;
                                for (int i = 1; i < m_group->count(); ++i)
                                    names.append(m_group->itemText(i));
                                const int chosen = Messages::choose(this, tr("Finalize the results of which group?"), names);
                                if (chosen < 0)
                                    return;
                                group = m_group->itemData(chosen + 1).toString();
                            }
                            statusBar()->showMessage(RoundActions::finalizeGroup(this, m_document.get(), group), 15000);
                        }),
        menu->addAction(tr("Re&open the selected agency's result…"), this, onAgency([this](const OverviewRow &row) {
            return RoundActions::reopen(this, m_document.get(), row.assessment);
        })),
    };
    for (QAction *action : actions)
        action->setEnabled(writable);
}

std::optional<OverviewRow> InspectorWindow::currentSubmitted()
{
    const QModelIndex current = m_table->currentIndex();
    const QString uuid = current.data(OverviewModel::AssessmentRole).toString();
    if (!current.isValid() || uuid.isEmpty()) {
        statusBar()->showMessage(current.isValid() ? tr("%1 has not submitted yet: there is nothing to appraise.")
                                                         .arg(current.data(OverviewModel::SearchRole).toString())
                                                   : tr("Select an agency in the overview first."),
                                 8000);
        return std::nullopt;
    }
    for (const OverviewRow &row : m_document->overview().rows) {
        if (row.assessment.uuid == uuid)
            return row;
    }
    return std::nullopt;
}

void InspectorWindow::openCurrentAgency()
{
    if (const auto row = currentSubmitted())
        openAppraisal(row->assessment.uuid);
}

AppraisalWindow *InspectorWindow::openAppraisal(const QString &assessmentUuid)
{
    if (!m_document)
        return nullptr;
    AppraisalWindow *window = m_appraisals.value(assessmentUuid);
    if (!window) {
        window = new AppraisalWindow(m_document.get(), assessmentUuid, this);
        connect(window, &AppraisalWindow::historyRequested, this,
                [this, window](const QString &uuid, const QString &nodeId) {
                    if (!nodeId.isEmpty())
                        HistoryDialog::show(window, m_document.get(), uuid, nodeId);
                });
        connect(window, &AppraisalWindow::stepElsewhere, this, [this](const QString &uuid, const QString &nodeId) {
            if (AppraisalWindow *other = openAppraisal(uuid); other && !nodeId.isEmpty())
                other->selectNode(nodeId);
        });
        m_appraisals.insert(assessmentUuid, window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void InspectorWindow::switchLanguage(const QString &code)
{
    WindowActions::setLanguageFor(code);
    QSettings().setValue(columnsKey, m_table->horizontalHeader()->saveState());
    buildUi();
}

void InspectorWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(columnsKey, m_table->horizontalHeader()->saveState());
    event->accept();
}

void InspectorWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document || m_document->isReadOnly())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isSubmission(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void InspectorWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isSubmission(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        // After the drop returns: a modal dialog inside a drop blocks the source program.
        QMetaObject::invokeMethod(this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
    }
}

} // namespace ParScore
