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
namespace {

// A row of two choices, the first one checked; the second one's button.
QRadioButton *addChoice(QFormLayout *form, const QString &label, const QString &first, const QString &second)
{
    auto *column = new QVBoxLayout;
    auto *group = new QButtonGroup(form);
    QRadioButton *buttons[2] = {new QRadioButton(first), new QRadioButton(second)};
    for (QRadioButton *button : buttons) {
        column->addWidget(button);
        group->addButton(button);
    }
    buttons[0]->setChecked(true);
    form->addRow(label, column);
    return buttons[1];
}

} // namespace

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

    m_final = addChoice(form, tr("Card:"), tr("The agency's &self-assessment card"),
                        tr("The official card of the &appraisal (every layer)"));
    m_final->setObjectName(QStringLiteral("finalRadioButton"));
    m_folder = addChoice(form, tr("Write:"), tr("&One PDF with every card"), tr("One PDF per agency in a &folder"));
    m_folder->setObjectName(QStringLiteral("folderRadioButton"));

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
