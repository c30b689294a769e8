#include "newassessmentdialog.h"

#include "agencyfile.h"
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "evidencestore.h"
#include "filedialogs.h"
#include "groupnames.h"
#include "messages.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
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
    // The row holds two widgets, so the label needs its buddy named for Alt+C to work.
    auto *setLabel = new QLabel(tr("&Criteria set:"), this);
    setLabel->setBuddy(m_set);
    form->addRow(setLabel, setRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00000;"));
    form->addRow(QString(), m_status);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("agencyCodeLineEdit"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. STP"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("agencyNameLineEdit"));
    m_name->setMaxLength(300);
    m_name->setPlaceholderText(tr("e.g. Sở Tư pháp"));
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
    Messages::nameStandardButtons(buttons);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("C&reate…"));
    m_create->setObjectName(QStringLiteral("createPushButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::updateSet);
    connect(m_code, &QLineEdit::textChanged, this, &NewAssessmentDialog::updateCreate);
    connect(m_name, &QLineEdit::textChanged, this, &NewAssessmentDialog::updateCreate);
    connect(m_group, &QComboBox::currentTextChanged, this, &NewAssessmentDialog::updateCreate);
    connect(fromFile, &QPushButton::clicked, this, &NewAssessmentDialog::chooseCriteriaFile);
    updateSet();
    updateCreate();
    resize(640, sizeHint().height());
}

void NewAssessmentDialog::chooseCriteriaFile()
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
    m_set->addItem(set.value().title(), path);
    m_set->setCurrentIndex(m_set->count() - 1);
}

void NewAssessmentDialog::updateCreate()
{
    m_create->setEnabled(!m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
                         && !groupTag().isEmpty());
}

QString NewAssessmentDialog::groupTag() const
{
    return (m_group->isEditable() ? m_group->currentText() : m_group->currentData().toString()).trimmed();
}

void NewAssessmentDialog::updateSet()
{
    m_group->clear();
    const auto set = BuiltinCriteria::load(m_set->currentData().toString());
    if (!set)
        return;
    // A set that names no groups takes whatever group the agency writes.
    m_group->setEditable(set.value().unitKinds().isEmpty());
    for (const QString &kind : set.value().unitKinds())
        m_group->addItem(groupName(kind), kind);
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
    const QString suggested =
        EvidenceStore::safeFileName(m_code->text().trimmed() + QStringLiteral("-") + QString::number(m_year->value()))
        + QStringLiteral(".parx");
    // An existing file is never replaced (ParxFile::create refuses it with a message), so
    // the dialog does not offer to.
    QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Assessments, tr("Save the assessment as"),
                                         suggested, tr("ParScore assessments (*.parx)"), false);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".parx"), Qt::CaseInsensitive))
        path += QStringLiteral(".parx"); // so that Open finds it again
    // One step: the file appears with its role and its assessment, or not at all.
    const auto created = createAgencyFile(
        path, set.value(), {m_code->text().trimmed(), m_name->text().trimmed(), groupTag(), m_year->value()},
        Messages::userName());
    if (!created) {
        Messages::showError(this, created.error());
        return;
    }
    m_createdPath = path;
    QDialog::accept();
}

} // namespace ParScore
