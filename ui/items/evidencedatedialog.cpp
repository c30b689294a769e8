#include "evidencedatedialog.h"

#include "language.h"
#include "messages.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ParScore {

EvidenceDateDialog::EvidenceDateDialog(const QString &documentName, const QString &isoDate, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Effective date"));
    auto *layout = new QVBoxLayout(this);
    auto *name = new QLabel(documentName, this);
    name->setTextFormat(Qt::PlainText); // a file name from anywhere
    name->setWordWrap(true);
    layout->addWidget(name);
    m_hasDate = new QCheckBox(tr("The document takes &effect on:"), this);
    const QDate current = QDate::fromString(isoDate, Qt::ISODate);
    m_date = new QDateEdit(current.isValid() ? current : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_date->setAccessibleName(tr("Effective date"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    // The calendar popup names months and weekdays in the language of the UI.
    m_date->setLocale(displayLocale());
    m_hasDate->setChecked(current.isValid());
    m_date->setEnabled(current.isValid());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    layout->addWidget(m_hasDate);
    layout->addWidget(m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Messages::nameStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString EvidenceDateDialog::isoDate() const
{
    return m_hasDate->isChecked() ? m_date->date().toString(Qt::ISODate) : QString();
}

} // namespace ParScore
