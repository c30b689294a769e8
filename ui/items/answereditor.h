#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QListWidget;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace ParScore {

// The input made for one leaf's rule kind: options, checklist, numerator/denominator,
// count, points on the step, percent. It shows an answer and produces the contract's
// JSON of what the officer entered; the document validates and stores it.
class AnswerEditor : public QWidget
{
    Q_OBJECT

public:
    AnswerEditor(const CriteriaNode &leaf, QWidget *parent = nullptr);

    void showAnswer(const Answer *answer); // nullptr: unanswered
    // What is entered now, as an answer object of the contract; nullopt when incomplete.
    std::optional<QJsonObject> enteredJson() const;
    void setReadOnly(bool readOnly);
    // The officer picked "(not scored)" in a list of options, or a number is at its dash:
    // the answer is to be cleared.
    bool choseNotScored() const;
    // One of two numbers entered, the other not yet.
    bool isPartial() const;
    // Shows under the inputs why a value was not taken (empty: nothing).
    void showRefusal(const QString &text);
    // Whether the change being reported comes from the arrows or the wheel: quick steps are
    // one step to undo, a typed value is its own.
    bool isStepping() const;
    bool hasNumbers() const { return m_number || m_numerator || m_count; }

signals:
    void edited(); // the officer changed a value (not emitted by showAnswer)
    void inputRefused(const QString &why); // typed text not taken; the box kept its value

private:
    void build();

    const CriteriaNode &m_leaf;
    QDoubleSpinBox *m_number = nullptr; // manual points, percent, number tiers
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QComboBox *m_options = nullptr;
    QListWidget *m_items = nullptr; // checklist items, checkable
    QSpinBox *m_numerator = nullptr;
    QSpinBox *m_denominator = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_refusal = nullptr;
    bool m_hasValue = false; // spin boxes always hold a number: only count it once edited
};

} // namespace ParScore
