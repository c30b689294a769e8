#include "answereditor.h"

#include "language.h"
#include "numberbox.h"
#include "undokeys.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ParScore {
namespace {

constexpr int maxCount = 1000000000;
constexpr qint64 maxValue = 1000000000000; // a tier's value: far beyond any real one
// An unscored box shows this rather than a 0 that looks like a score. It is the text of
// the box's minimum, one step below the lowest real value.
const QString notEntered = QStringLiteral("—");

// A box for a number with decimals, from `min` to `max`; its dash sits one step below.
// `itemBounds`: the bounds are the item's own (say so when refusing), not only the box's.
DecimalBox *numberBox(QWidget *parent, const Fraction &min, const Fraction &max, double step, int decimals,
                      bool itemBounds = true)
{
    auto *box = new DecimalBox({decimals, min.isNegative(), min, max, itemBounds}, parent);
    box->setRange(min.toDouble() - step, max.toDouble());
    box->setSpecialValueText(notEntered);
    box->setSingleStep(step);
    box->setKeyboardTracking(false); // one value per Enter or focus change, not per keystroke
    // Between the dash and the lowest value there is nothing: stepping down from a value
    // off the step (0,30 → 0,05 → −0,20) lands on the dash.
    const double lowest = min.toDouble();
    QObject::connect(box, &QDoubleSpinBox::valueChanged, box, [box, lowest](double value) {
        if (value < lowest && value > box->minimum())
            box->setValue(box->minimum());
    });
    return box;
}

// A box for a count, a number done or a total: whole, never negative.
WholeNumberBox *countBox(QWidget *parent)
{
    auto *box = new WholeNumberBox({0, false, Fraction(), Fraction::fromInteger(maxCount)}, parent);
    box->setRange(-1, maxCount);
    box->setSpecialValueText(notEntered);
    box->setKeyboardTracking(false);
    return box;
}

bool entered(const QAbstractSpinBox *box)
{
    if (const auto *number = qobject_cast<const QDoubleSpinBox *>(box))
        return number->value() > number->minimum();
    const auto *count = qobject_cast<const QSpinBox *>(box);
    return count && count->value() > count->minimum();
}

} // namespace

AnswerEditor::AnswerEditor(const CriteriaNode &leaf, QWidget *parent)
    : QWidget(parent)
    , m_leaf(leaf)
{
    build();
}

void AnswerEditor::build()
{
    const Rule &rule = *m_leaf.rule;
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto changed = [this] {
        m_hasValue = true;
        showRefusal({}); // the value was taken: an earlier refusal no longer applies
        emit edited();
    };
    switch (rule.kind) {
    case RuleKind::Manual:
        m_number = numberBox(this, Fraction(), Fraction::fromHundredths(m_leaf.maxPoints), rule.step.toDouble(), 2);
        m_number->setObjectName(QStringLiteral("pointsSpinBox"));
        m_number->setAccessibleName(tr("Points"));
        layout->addRow(tr("Points (step %1):").arg(formatExact(rule.step)), m_number);
        break;
    case RuleKind::Percent:
        m_number = numberBox(this, Fraction(), Fraction::fromInteger(100), 1, 2);
        m_number->setObjectName(QStringLiteral("percentSpinBox"));
        m_number->setSuffix(QStringLiteral(" %"));
        m_number->setAccessibleName(tr("Percent"));
        layout->addRow(tr("Result (%):"), m_number);
        break;
    case RuleKind::Boolean: {
        auto *row = new QWidget(this);
        auto *buttons = new QHBoxLayout(row);
        buttons->setContentsMargins(0, 0, 0, 0);
        m_yes = new QRadioButton(tr("&Yes"), row);
        m_no = new QRadioButton(tr("&No"), row);
        m_yes->setObjectName(QStringLiteral("yesRadioButton"));
        m_no->setObjectName(QStringLiteral("noRadioButton"));
        auto *group = new QButtonGroup(row);
        group->addButton(m_yes);
        group->addButton(m_no);
        buttons->addWidget(m_yes);
        buttons->addWidget(m_no);
        buttons->addStretch();
        connect(m_yes, &QRadioButton::clicked, this, changed);
        connect(m_no, &QRadioButton::clicked, this, changed);
        layout->addRow(tr("Achieved:"), row);
        break;
    }
    case RuleKind::Choice:
        m_options = new QComboBox(this);
        m_options->setObjectName(QStringLiteral("optionComboBox"));
        m_options->setAccessibleName(tr("Option"));
        m_options->addItem(tr("(not scored)"));
        for (const RuleOption &option : rule.options)
            m_options->addItem(tr("%1 — %2 points").arg(option.label, formatExact(option.points)), option.id);
        connect(m_options, &QComboBox::activated, this, changed);
        layout->addRow(tr("Option:"), m_options);
        break;
    case RuleKind::Checklist: {
        m_items = new QListWidget(this);
        m_items->setObjectName(QStringLiteral("checklistListWidget"));
        m_items->setAccessibleName(tr("Items done"));
        for (const RuleOption &item : rule.options) {
            auto *row = new QListWidgetItem(tr("%1 (%2 points)").arg(item.label, formatExact(item.points)), m_items);
            row->setData(Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
        }
        m_items->setWordWrap(true);
        // Tall enough for every item: a checklist is short and should never scroll.
        const int rowHeight = std::max(m_items->sizeHintForRow(0), m_items->fontMetrics().height() + 8);
        m_items->setFixedHeight(rowHeight * int(rule.options.size()) + 2 * m_items->frameWidth() + 6);
        connect(m_items, &QListWidget::itemChanged, this, changed);
        layout->addRow(tr("Done:"), m_items);
        break;
    }
    case RuleKind::Ratio:
    case RuleKind::Tiers:
        if (rule.kind == RuleKind::Tiers && rule.tierInput == TierInput::Number) {
            // A value below 0 only where a tier starts below 0 (a growth rate may); a count
            // of articles never is. The arrows start from 0.
            const bool negative = std::any_of(rule.tiers.cbegin(), rule.tiers.cend(),
                                              [](const Tier &tier) { return tier.atLeastExact.isNegative(); });
            m_number = numberBox(this, Fraction::fromInteger(negative ? -maxValue : 0), Fraction::fromInteger(maxValue),
                                 1, 2, false);
            static_cast<DecimalBox *>(m_number)->setStartValue(0);
            m_number->setObjectName(QStringLiteral("valueSpinBox"));
            m_number->setAccessibleName(tr("Value"));
            layout->addRow(tr("Value:"), m_number);
        } else {
            m_numerator = countBox(this);
            m_denominator = countBox(this);
            m_numerator->setObjectName(QStringLiteral("numeratorSpinBox"));
            m_denominator->setObjectName(QStringLiteral("denominatorSpinBox"));
            m_numerator->setAccessibleName(tr("Done"));
            m_denominator->setAccessibleName(tr("Total"));
            layout->addRow(tr("Done:"), m_numerator);
            layout->addRow(tr("Out of (0: did not arise):"), m_denominator);
            connect(m_numerator, &QSpinBox::valueChanged, this, changed);
            connect(m_denominator, &QSpinBox::valueChanged, this, changed);
        }
        break;
    case RuleKind::Deduction:
        m_count = countBox(this);
        m_count->setObjectName(QStringLiteral("countSpinBox"));
        m_count->setAccessibleName(tr("Violations"));
        layout->addRow(tr("Violations (−%1 each):").arg(formatExact(rule.perItem)), m_count);
        connect(m_count, &QSpinBox::valueChanged, this, changed);
        break;
    }
    if (m_number)
        connect(m_number, &QDoubleSpinBox::valueChanged, this, changed);
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>())
        UndoKeysToWindow::install(box);
    // Right under the boxes: what was typed and why it was not taken.
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("inputRefusedLabel"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_refusal->hide();
    layout->addRow(m_refusal);
    const auto refusal = [this](const QString &why) {
        if (why.isEmpty()) { // typed text taken (even the value it had): nothing stands refused
            showRefusal({});
            return;
        }
        showRefusal(tr("%1 Not entered: the box keeps its value.").arg(why));
        emit inputRefused(m_refusal->text());
    };
    for (auto *box : findChildren<DecimalBox *>())
        connect(box, &DecimalBox::refusalChanged, this, refusal);
    for (auto *box : findChildren<WholeNumberBox *>())
        connect(box, &WholeNumberBox::refusalChanged, this, refusal);
}

bool AnswerEditor::isStepping() const
{
    const QList<QAbstractSpinBox *> boxes = findChildren<QAbstractSpinBox *>();
    return std::any_of(boxes.cbegin(), boxes.cend(), [](const QAbstractSpinBox *box) { return isSteppingNumber(box); });
}

void AnswerEditor::showRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(!text.isEmpty());
}

bool AnswerEditor::choseNotScored() const
{
    if (m_options)
        return m_options->currentIndex() == 0;
    // A number box at its dash (the arrow keys go there below the lowest value): what is
    // shown is not a score, so the file must not hold one.
    const QList<QAbstractSpinBox *> boxes = findChildren<QAbstractSpinBox *>();
    return m_hasValue
           && std::any_of(boxes.cbegin(), boxes.cend(), [](const QAbstractSpinBox *box) { return !entered(box); });
}

bool AnswerEditor::isPartial() const
{
    const QList<QAbstractSpinBox *> boxes = findChildren<QAbstractSpinBox *>();
    const auto count = std::count_if(boxes.cbegin(), boxes.cend(), [](const QAbstractSpinBox *box) { return entered(box); });
    return count > 0 && count < boxes.size();
}

void AnswerEditor::showAnswer(const Answer *answer)
{
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *widget : widgets)
        blockers.push_back(std::make_unique<QSignalBlocker>(widget));
    m_hasValue = answer && !answer->notApplicable;
    const Answer none;
    const Answer &a = answer && !answer->notApplicable ? *answer : none;
    const Rule &rule = *m_leaf.rule;
    if (m_number)
        m_number->setValue(!m_hasValue                    ? m_number->minimum()
                           : rule.kind == RuleKind::Tiers ? a.value
                                                          : a.number.toDouble());
    if (m_yes) {
        // Unchecking both needs the group's exclusivity off for a moment.
        auto *group = m_yes->group();
        group->setExclusive(false);
        m_yes->setChecked(m_hasValue && a.yes);
        m_no->setChecked(m_hasValue && !a.yes);
        group->setExclusive(true);
    }
    if (m_options)
        m_options->setCurrentIndex(m_hasValue ? std::max(0, m_options->findData(a.option)) : 0);
    for (int i = 0; m_items && i < m_items->count(); ++i) {
        QListWidgetItem *row = m_items->item(i);
        row->setCheckState(a.checked.contains(row->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_numerator) {
        m_numerator->setValue(m_hasValue ? int(a.numerator) : m_numerator->minimum());
        m_denominator->setValue(m_hasValue ? int(a.denominator) : m_denominator->minimum());
    }
    if (m_count)
        m_count->setValue(m_hasValue ? int(a.count) : m_count->minimum());
}

std::optional<QJsonObject> AnswerEditor::enteredJson() const
{
    if (!m_hasValue)
        return std::nullopt;
    for (const QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        if (!entered(box))
            return std::nullopt; // e.g. a numerator without its total yet
    }
    const Rule &rule = *m_leaf.rule;
    switch (rule.kind) {
    case RuleKind::Manual:
        return QJsonObject{{QStringLiteral("points"), m_number->value()}};
    case RuleKind::Percent:
        return QJsonObject{{QStringLiteral("percent"), m_number->value()}};
    case RuleKind::Boolean:
        if (!m_yes->isChecked() && !m_no->isChecked())
            return std::nullopt;
        return QJsonObject{{QStringLiteral("yes"), m_yes->isChecked()}};
    case RuleKind::Choice:
        if (m_options->currentIndex() <= 0)
            return std::nullopt;
        return QJsonObject{{QStringLiteral("option"), m_options->currentData().toString()}};
    case RuleKind::Checklist: {
        QJsonArray checked;
        for (int i = 0; i < m_items->count(); ++i) {
            if (m_items->item(i)->checkState() == Qt::Checked)
                checked.append(m_items->item(i)->data(Qt::UserRole).toString());
        }
        return QJsonObject{{QStringLiteral("checked"), checked}};
    }
    case RuleKind::Ratio:
    case RuleKind::Tiers:
        if (m_number)
            return QJsonObject{{QStringLiteral("value"), m_number->value()}};
        return QJsonObject{{QStringLiteral("numerator"), m_numerator->value()},
                           {QStringLiteral("denominator"), m_denominator->value()}};
    case RuleKind::Deduction:
        return QJsonObject{{QStringLiteral("count"), m_count->value()}};
    }
    return std::nullopt;
}

void AnswerEditor::setReadOnly(bool readOnly)
{
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(widget) == nullptr)
            widget->setEnabled(!readOnly);
    }
}

} // namespace ParScore
