#include "surveygridwindow.h"

#include "groupnames.h"
#include "layernames.h"
#include "messages.h"
#include "provincedocument.h"
#include "surveygridmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ParScore {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SurveyGridWindow::SurveyGridWindow(ProvinceDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
{
    setObjectName(QStringLiteral("surveyGridWindow"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    m_layerLabel = new QLabel(this);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("layerComboBox"));
    m_layerLabel->setBuddy(m_layer);
    for (const Layer layer : {Layer::Appraisal1, Layer::Appraisal2})
        m_layer->addItem(layerName(layer), int(layer));
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_groupLabel->setBuddy(m_group);
    choices->addWidget(m_layerLabel);
    choices->addWidget(m_layer);
    choices->addSpacing(12);
    choices->addWidget(m_groupLabel);
    choices->addWidget(m_group);
    choices->addStretch(1);

    QUndoStack *stack = document->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(stack->canUndo());
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, &QAction::setToolTip);
    m_redo = new QAction(this);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setEnabled(stack->canRedo());
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, &QAction::setToolTip);
    m_paste = new QAction(this);
    m_paste->setShortcuts(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this,
            [this] { pasteText(QApplication::clipboard()->text()); });
    m_close = new QAction(this);
    m_close->setShortcuts(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    addAction(m_close);
    for (QAction *action : {m_undo, m_redo, m_paste}) {
        addAction(action); // their shortcuts work anywhere in the window
        choices->addWidget(buttonFor(action, this));
    }
    layout->addLayout(choices);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_model = new SurveyGridModel(document, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("surveyGridTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(u'0') * 9);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(u'0') * 6);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_layer, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setLayer(Layer(m_layer->currentData().toInt())); });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGroup(m_group->currentData().toString()); });
    connect(m_model, &SurveyGridModel::cellRefused, m_status, &QLabel::setText);
    connect(m_model, &SurveyGridModel::readFailed, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &SurveyGridWindow::remember);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restore();
        fitAgencyColumn();
    });
    connect(document, &ProvinceDocument::overviewChanged, this, &SurveyGridWindow::refillGroups);
    connect(document, &ProvinceDocument::errorOccurred, m_status, &QLabel::setText);
    connect(document, &QObject::destroyed, this, [this] {
        // Another file was opened in the workspace: this grid was the old file's.
        m_document = nullptr;
        close();
        deleteLater();
    });
    fitAgencyColumn();
    refillGroups();
    retranslate();
}

void SurveyGridWindow::retranslate()
{
    if (m_document) {
        const ProvinceInfo &info = m_document->info();
        const QString title =
            info.title.isEmpty() ? QFileInfo(m_document->path()).completeBaseName() : info.title;
        setWindowTitle(tr("Survey scores — %1").arg(title));
    }
    m_layerLabel->setText(tr("&Round:"));
    m_groupLabel->setText(tr("&Group:"));
    for (int i = 0; i < m_layer->count(); ++i)
        m_layer->setItemText(i, layerName(Layer(m_layer->itemData(i).toInt())));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_paste->setText(tr("&Paste"));
    m_paste->setToolTip(tr("Paste scores copied from a spreadsheet (Ctrl+V)"));
    m_paste->setEnabled(m_model->isEditable());
    m_close->setText(tr("&Close"));
    m_hint->setText(m_model->isEditable()
                        ? tr("Type a score and press Enter (F2 edits the cell); an emptied cell "
                             "clears the score. Ctrl+V pastes "
                             "rows copied from a spreadsheet — the agency's code first, then its "
                             "scores for the columns from the "
                             "current one rightwards — or a whole grid with its header line "
                             "“agency, item ids…”. Grey cells: "
                             "the agency's criteria set has no such item.")
                        : tr("The file is open read-only: the scores can be read, not changed."));
    refillGroups();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
}

void SurveyGridWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SurveyGridWindow::refillGroups()
{
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("Every group"));
    for (const QString &group : m_model->groups())
        m_group->addItem(groupName(group), group);
    m_group->setCurrentIndex(qMax(0, m_group->findData(m_model->group())));
}

void SurveyGridWindow::fitAgencyColumn()
{
    // The longest code and name, up to a third of a wide screen: the scores stay in view.
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = metrics.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_model->index(row, 0).data().toString()));
    m_table->setColumnWidth(SurveyGridModel::AgencyColumn, qMin(widest + 16, 480));
}

void SurveyGridWindow::remember()
{
    const QModelIndex current = m_table->currentIndex();
    m_currentUuid = current.isValid() ? m_model->uuidAt(current.row()) : QString();
    m_currentNode = current.isValid() ? m_model->columnId(current.column()) : QString();
    m_currentColumn = current.isValid() ? current.column() : -1;
}

void SurveyGridWindow::restore()
{
    const int row = m_model->rowOf(m_currentUuid);
    const int column = m_currentNode.isEmpty() ? m_currentColumn : m_model->columnOf(m_currentNode);
    if (row >= 0 && column >= 0)
        m_table->setCurrentIndex(m_model->index(row, column));
}

Result<QString> SurveyGridWindow::gridText(const QString &text, bool &block) const
{
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error::invalid(tr("The clipboard holds no scores to paste"));
    block = lines.constFirst()
                .section(u'\t', 0, 0)
                .trimmed()
                .compare(QLatin1String("agency"), Qt::CaseInsensitive)
            != 0;
    if (!block)
        return text;
    // Rows of a spreadsheet: "CODE<TAB>score…", the scores for the columns from the current one.
    qsizetype width = 0;
    for (const QString &line : std::as_const(lines))
        width = qMax(width, line.count(u'\t'));
    const int first = qMax(1, m_table->currentIndex().column());
    const qsizetype available = m_model->columnIds().size() - (first - 1);
    if (width == 0)
        return Error::invalid(
            tr("Paste rows that begin with the agency's code, then its scores (as copied from a "
               "spreadsheet), or a whole grid with its header line"));
    if (width > available)
        return Error::invalid(
            tr("The pasted rows have %n score column(s) after the agency's code; from column %1 "
               "rightwards the grid has only %2",
               nullptr, int(width))
                .arg(m_model->columnId(first), QString::number(available)));
    QStringList grid{QStringLiteral("agency\t")
                     + m_model->columnIds().mid(first - 1, width).join(u'\t')};
    for (const QString &line : std::as_const(lines))
        grid.append(
            line + QString(width - line.count(u'\t'), u'\t')); // short rows: the rest left as it is
    return grid.join(u'\n');
}

bool SurveyGridWindow::pasteText(const QString &text)
{
    if (!m_document || !m_model->isEditable())
        return false;
    bool block = false;
    auto grid = gridText(text, block);
    if (!grid) {
        m_status->setText(grid.error().message);
        Messages::showError(this, grid.error());
        return false;
    }
    auto pasted = m_document->pasteSurvey(Layer(m_layer->currentData().toInt()), grid.value());
    if (!pasted) {
        Error error = pasted.error();
        if (block && !error.details.isEmpty())
            error.details.prepend(
                tr("Line 1 is the header made from the grid's columns; line 2 is the first row "
                   "pasted."));
        m_status->setText(error.message);
        Messages::showError(this, error);
        return false;
    }
    m_status->setText(pasted.value() == 0
                          ? tr("Nothing changed: the pasted scores are those already entered")
                          : tr("%n score(s) pasted", nullptr, pasted.value()));
    return true;
}

} // namespace ParScore
