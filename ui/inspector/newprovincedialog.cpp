#include "newprovincedialog.h"

#include "agencylist.h"
#include "builtincriteria.h"
#include "filedialogs.h"
#include "groupnames.h"
#include "messages.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ParScore {

namespace {

enum AgencyColumn { CodeColumn, NameColumn, GroupColumn };

QString defaultTitle(int year)
{
    return NewProvinceDialog::tr("PAR Index appraisal %1").arg(year);
}

} // namespace

NewProvinceDialog::NewProvinceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New appraisal file"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2999);
    m_year->setValue(QDate::currentDate().year());
    m_title = new QLineEdit(defaultTitle(m_year->value()), this);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);

    auto *setsLabel = new QLabel(tr("&Criteria sets accepted (submissions on any other set are refused):"), this);
    m_sets = new QListWidget(this);
    setsLabel->setBuddy(m_sets);
    for (const CriteriaSet &set : BuiltinCriteria::all()) {
        auto *item = new QListWidgetItem(tr("%1 (version %2)").arg(set.title(), set.version()), m_sets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(set.status() == SetStatus::Official ? Qt::Checked : Qt::Unchecked);
        m_loaded.append(set);
    }
    // With no official set built in, the illustrative ones are what there is.
    if (std::none_of(m_loaded.cbegin(), m_loaded.cend(),
                     [](const CriteriaSet &s) { return s.status() == SetStatus::Official; })) {
        for (int i = 0; i < m_sets->count(); ++i)
            m_sets->item(i)->setCheckState(Qt::Checked);
    }
    m_sets->setMaximumHeight(m_sets->sizeHintForRow(0) * 5 + 8);
    auto *loadSet = new QPushButton(tr("&Load a criteria set from a file…"), this);
    layout->addWidget(setsLabel);
    layout->addWidget(m_sets);
    layout->addWidget(loadSet, 0, Qt::AlignLeft);

    auto *agenciesLabel = new QLabel(tr("A&gencies expected to submit (code, name, group):"), this);
    m_agencies = new QTableWidget(0, 3, this);
    agenciesLabel->setBuddy(m_agencies);
    m_agencies->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Group")});
    m_agencies->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_agencies->verticalHeader()->setDefaultSectionSize(m_agencies->fontMetrics().height() + 8);
    m_agencies->setToolTip(tr("Group: so (departments, boards and sectors), xa (communes), phuong (wards), or "
                              "another group a criteria set is for."));
    auto *agencyButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add agency"), this);
    auto *remove = new QPushButton(tr("&Remove selected"), this);
    auto *import = new QPushButton(tr("&Import a list (CSV/TSV)…"), this);
    m_count = new QLabel(this);
    agencyButtons->addWidget(add);
    agencyButtons->addWidget(remove);
    agencyButtons->addWidget(import);
    agencyButtons->addStretch();
    agencyButtons->addWidget(m_count);
    layout->addWidget(agenciesLabel);
    layout->addWidget(m_agencies, 1);
    layout->addLayout(agencyButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole);
    Messages::nameStandardButtons(buttons);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, [this, previous = m_year->value()](int) mutable {
        updateTitle(previous);
        previous = m_year->value();
    });
    connect(loadSet, &QPushButton::clicked, this, &NewProvinceDialog::chooseCriteriaFile);
    connect(add, &QPushButton::clicked, this, &NewProvinceDialog::addAgency);
    connect(remove, &QPushButton::clicked, this, &NewProvinceDialog::removeAgencies);
    connect(import, &QPushButton::clicked, this, &NewProvinceDialog::chooseAgencyList);
    connect(m_agencies->model(), &QAbstractItemModel::rowsInserted, this, &NewProvinceDialog::updateCounts);
    connect(m_agencies->model(), &QAbstractItemModel::rowsRemoved, this, &NewProvinceDialog::updateCounts);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProvinceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProvinceDialog::reject);
    updateCounts();
    resize(760, 640);
}

void NewProvinceDialog::updateTitle(int oldYear)
{
    // The title follows the year until the inspector writes one of their own.
    if (m_title->text() == defaultTitle(oldYear))
        m_title->setText(defaultTitle(m_year->value()));
}

void NewProvinceDialog::updateCounts()
{
    m_count->setText(tr("%n agencies", nullptr, m_agencies->rowCount()));
}

void NewProvinceDialog::chooseCriteriaFile()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::CriteriaSets, tr("Criteria set"),
                                               tr("Criteria sets (*.json)"));
    if (path.isEmpty())
        return;
    const auto set = BuiltinCriteria::load(path);
    if (!set) {
        Messages::showError(this, set.error());
        return;
    }
    auto *item = new QListWidgetItem(tr("%1 (version %2) — %3")
                                         .arg(set.value().title(), set.value().version(),
                                              QDir::toNativeSeparators(path)),
                                     m_sets);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_loaded.append(set.value());
}

void NewProvinceDialog::addAgency()
{
    const int row = m_agencies->rowCount();
    m_agencies->insertRow(row);
    m_agencies->setCurrentCell(row, CodeColumn);
    m_agencies->editItem(m_agencies->item(row, CodeColumn));
}

void NewProvinceDialog::removeAgencies()
{
    QList<int> rows;
    for (const QModelIndex &index : m_agencies->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_agencies->removeRow(row);
}

bool NewProvinceDialog::importAgencies(const QString &path)
{
    const auto agencies = AgencyList::readFile(path);
    if (!agencies) {
        Messages::showError(this, agencies.error());
        return false;
    }
    if (m_agencies->rowCount() > 0
        && !Messages::confirm(this, tr("Replace the %n agencies in the table with the %1 of %2?", nullptr,
                                       m_agencies->rowCount())
                                        .arg(agencies.value().size())
                                        .arg(QDir::toNativeSeparators(path))))
        return false;
    m_agencies->setRowCount(0);
    m_agencies->setRowCount(int(agencies.value().size()));
    for (int row = 0; row < agencies.value().size(); ++row) {
        const ExpectedAgency &agency = agencies.value()[row];
        m_agencies->setItem(row, CodeColumn, new QTableWidgetItem(agency.code));
        m_agencies->setItem(row, NameColumn, new QTableWidgetItem(agency.name));
        m_agencies->setItem(row, GroupColumn, new QTableWidgetItem(agency.group));
    }
    updateCounts();
    return true;
}

void NewProvinceDialog::chooseAgencyList()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::AgencyLists, tr("List of agencies"),
                                               tr("Lists of agencies (*.csv *.tsv *.txt)"));
    if (!path.isEmpty())
        importAgencies(path);
}

QList<CriteriaSet> NewProvinceDialog::chosenSets() const
{
    QList<CriteriaSet> sets;
    for (int i = 0; i < m_sets->count(); ++i) {
        if (m_sets->item(i)->checkState() == Qt::Checked)
            sets.append(m_loaded[i]);
    }
    return sets;
}

NewProvince NewProvinceDialog::province() const
{
    NewProvince province;
    province.title = m_title->text().trimmed();
    province.year = m_year->value();
    province.criteria = chosenSets();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_agencies->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_agencies->rowCount(); ++row) {
        const ExpectedAgency agency{text(row, CodeColumn), text(row, NameColumn), text(row, GroupColumn)};
        if (!agency.code.isEmpty() || !agency.name.isEmpty() || !agency.group.isEmpty())
            province.agencies.append(agency);
    }
    return province;
}

void NewProvinceDialog::accept()
{
    const NewProvince province = this->province();
    if (province.title.isEmpty()) {
        Messages::showError(this, Error::invalid(tr("The appraisal file needs a title")));
        return;
    }
    if (province.criteria.isEmpty()) {
        Messages::showError(this, Error::invalid(tr("Tick at least one criteria set")));
        return;
    }
    // Checked before a file name is asked for: a mistake in the list is fixed here.
    if (const auto problem = ProvinceFile::checkAgencies(province.agencies, province.criteria)) {
        Messages::showError(this, *problem);
        return;
    }
    const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Assessments, tr("Save the appraisal file"),
                                               tr("appraisal-%1.parx").arg(province.year),
                                               tr("ParScore files (*.parx)"), false);
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".parx"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".parx");
    auto created = ProvinceFile::create(target, province);
    if (!created) {
        Messages::showError(this, created.error());
        return;
    }
    m_createdPath = target;
    QDialog::accept();
}

} // namespace ParScore
