#include "scorecardsdialog.h"

#include "groupnames.h"
#include "messages.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ParScore {

ScorecardsDialog::ScorecardsDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export the scorecards to PDF"));
    auto *form = new QFormLayout(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_group->addItem(tr("Every group"));
    for (const QString &group : groups)
        m_group->addItem(groupName(group), group);
    form->addRow(tr("&Group:"), m_group);

    auto *cards = new QVBoxLayout;
    auto *self = new QRadioButton(tr("The agency's &self-assessment card"), this);
    m_final = new QRadioButton(tr("The official card of the &appraisal (every layer)"), this);
    m_final->setObjectName(QStringLiteral("finalRadioButton"));
    self->setChecked(true);
    cards->addWidget(self);
    cards->addWidget(m_final);
    auto *cardGroup = new QButtonGroup(this);
    cardGroup->addButton(self);
    cardGroup->addButton(m_final);
    form->addRow(tr("Card:"), cards);

    auto *outputs = new QVBoxLayout;
    auto *onePdf = new QRadioButton(tr("&One PDF with every card"), this);
    m_folder = new QRadioButton(tr("One PDF per agency in a &folder"), this);
    m_folder->setObjectName(QStringLiteral("folderRadioButton"));
    onePdf->setChecked(true);
    outputs->addWidget(onePdf);
    outputs->addWidget(m_folder);
    auto *outputGroup = new QButtonGroup(this);
    outputGroup->addButton(onePdf);
    outputGroup->addButton(m_folder);
    form->addRow(tr("Write:"), outputs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue…"));
    Messages::nameStandardButtons(buttons);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ScorecardsDialog::group() const
{
    return m_group->currentData().toString();
}

bool ScorecardsDialog::finalCard() const
{
    return m_final->isChecked();
}

bool ScorecardsDialog::oneEach() const
{
    return m_folder->isChecked();
}

} // namespace ParScore
