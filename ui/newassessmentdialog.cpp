#include "newassessmentdialog.h"

#include "assessmentstore.h"
#include "builtincriteria.h"
#include "evidencestore.h"
#include "messages.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ParScore {

NewAssessmentDialog::NewAssessmentDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New self-assessment"));
    auto *form = new QFormLayout(this);
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("criteriaComboBox"));
    for (const CriteriaSet &set : BuiltinCriteria::all())
        m_set->addItem(set.title(), QString(QStringLiteral("builtin:") + set.id() + u'@' + set.version()));
    auto *fromFile = new QPushButton(tr("From a &file…"), this);
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_set, 1);
    setRow->addWidget(fromFile);
    form->addRow(tr("&Criteria set:"), setRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00000;"));
    form->addRow(QString(), m_status);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("agencyCodeLineEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("agencyNameLineEdit"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2999);
    m_year->setValue(QDate::currentDate().year());
    form->addRow(tr("Agency &code:"), m_code);
    form->addRow(tr("Agency &name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Year assessed:"), m_year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::updateSet);
    connect(fromFile, &QPushButton::clicked, this, &NewAssessmentDialog::chooseCriteriaFile);
    updateSet();
    resize(640, sizeHint().height());
}

void NewAssessmentDialog::chooseCriteriaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Criteria set"), QDir::homePath(),
                                                      tr("Criteria sets (*.json)"));
    if (path.isEmpty())
        return;
    const auto set = BuiltinCriteria::load(path);
    if (!set) {
        Messages::showError(this, set.error());
        return;
    }
    m_set->addItem(set.value().title(), path);
    m_set->setCurrentIndex(m_set->count() - 1);
}

void NewAssessmentDialog::updateSet()
{
    m_group->clear();
    const auto set = BuiltinCriteria::load(m_set->currentData().toString());
    if (!set)
        return;
    for (const QString &kind : set.value().unitKinds())
        m_group->addItem(kind, kind);
    m_status->setText(set.value().status() == SetStatus::Official
                          ? QString()
                          : tr("This criteria set is ILLUSTRATIVE or a draft, not the province's official "
                               "set: results and printouts will say so."));
}

void NewAssessmentDialog::accept()
{
    const auto set = BuiltinCriteria::load(m_set->currentData().toString());
    if (!set) {
        Messages::showError(this, set.error());
        return;
    }
    const QString suggested = QDir::home().filePath(
        EvidenceStore::safeFileName(m_code->text().trimmed() + QStringLiteral("-") + QString::number(m_year->value()))
        + QStringLiteral(".parx"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the assessment as"), suggested,
                                                      tr("ParScore assessments (*.parx)"));
    if (path.isEmpty())
        return;
    auto file = ParxFile::create(path);
    if (!file) {
        Messages::showError(this, file.error());
        return;
    }
    const auto created = AssessmentStore(*file.value())
                             .create(set.value(), {m_code->text().trimmed(), m_name->text().trimmed(),
                                                   m_group->currentData().toString(), m_year->value()},
                                     Messages::userName());
    if (created) {
        file.value()->write([](QSqlDatabase &db) {
            return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
        });
    }
    file.value().reset();
    if (!created) {
        QFile::remove(path);
        Messages::showError(this, created.error());
        return;
    }
    m_createdPath = path;
    QDialog::accept();
}

} // namespace ParScore
