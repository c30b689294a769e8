#pragma once

#include "fraction.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ParScore {

enum class RuleKind
{
    Manual,
    Boolean,
    Choice,
    Checklist,
    Ratio,
    Tiers,
    Deduction,
    Percent
};
enum class ScoredBy
{
    Agency,
    Appraiser
};
enum class NotApplicablePolicy
{
    Forbidden,
    Exclude,
    Full,
    Zero
};
enum class TierInput
{
    Percent,
    Number
};
enum class SetStatus
{
    Official,
    Draft,
    Illustrative
};

// A choice option or a checklist item.
struct RuleOption
{
    QString id;
    QString label;
    Fraction points;
};

struct Tier
{
    double atLeast = 0;    // as read; compared with a `value` answer as doubles
    Fraction atLeastExact; // its decimal value; compared with a percentage exactly
    Fraction points;
};

// How a leaf turns an answer into points. Only the fields of `kind` are meaningful.
struct Rule
{
    RuleKind kind = RuleKind::Manual;
    Fraction step = Fraction(1, 4); // manual
    QList<RuleOption> options;      // choice options, checklist items
    Fraction floorPercent;          // ratio
    Fraction fullAtPercent = Fraction(100, 1);
    TierInput tierInput = TierInput::Percent;
    QList<Tier> tiers;
    Fraction perItem; // deduction
    Fraction floorPoints;

    // nullptr when no option (or checklist item) has that id; a hash look-up, so that
    // answers with many ids cost no more than their length.
    const RuleOption *option(const QString &id) const;
    // Appends an option whose id is not yet used (the parser checks with option()).
    void addOption(const RuleOption &option);
    void reserveOptions(qsizetype count);

private:
    QHash<QString, qsizetype> m_optionIndex; // id → position in `options`
};

struct CriteriaNode
{
    QString id;
    QString title;
    QString guidance;
    QString evidence;
    QString legalBasis;
    Hundredths maxPoints = 0;
    ScoredBy scoredBy = ScoredBy::Agency;
    NotApplicablePolicy notApplicable = NotApplicablePolicy::Forbidden;
    std::optional<Rule> rule; // set on leaves only

    int index = 0;   // position in CriteriaSet::nodes()
    int parent = -1; // index of the parent, -1 for an area
    int depth = 0;   // 0 for areas
    QList<int> children;
    bool agencyScorable = true; // a leaf scored by the agency, or a parent with such a leaf

    bool isLeaf() const { return children.isEmpty(); }
};

struct Grade
{
    QString label;
    Fraction minPercent;
};

struct ExtraItem
{
    QString id;
    QString title;
    Fraction points;
};

// Which of the two sections outside the 100 points.
enum class ExtraKind
{
    Bonus,
    Penalty
};

// The bonus or the penalty section outside the 100 points.
struct ExtraSection
{
    Hundredths maxPoints = 0;
    QList<ExtraItem> items;

    // nullptr when no item has that id (a hash look-up).
    const ExtraItem *item(const QString &id) const;
    // Appends an item whose id is not yet used (the parser checks with item()).
    void addItem(const ExtraItem &item);
    void reserveItems(qsizetype count);

private:
    QHash<QString, qsizetype> m_itemIndex; // id → position in `items`
};

// An immutable, validated criteria set (criteria-format.md §1). Nodes are kept in display
// (pre-)order; parents and children refer to each other by index.
class CriteriaSet
{
public:
    QString id() const { return m_id; }
    QString version() const { return m_version; }
    int year() const { return m_year; }
    QString title() const { return m_title; }
    QStringList unitKinds() const { return m_unitKinds; }
    QString issuer() const { return m_issuer; }
    QString legalBasis() const { return m_legalBasis; }
    SetStatus status() const { return m_status; }
    const QList<Grade> &grades() const { return m_grades; }
    const QList<CriteriaNode> &nodes() const { return m_nodes; }
    QList<int> roots() const { return m_roots; }
    const std::optional<ExtraSection> &bonus() const { return m_bonus; }
    const std::optional<ExtraSection> &penalty() const { return m_penalty; }
    const std::optional<ExtraSection> &extra(ExtraKind kind) const
    {
        return kind == ExtraKind::Bonus ? m_bonus : m_penalty;
    }

    // -1 when no node has that id.
    int indexOf(const QString &nodeId) const { return m_indexById.value(nodeId, -1); }
    const CriteriaNode *node(const QString &nodeId) const;
    int leafCount() const;

    // The exact bytes the set was loaded from, and their SHA-256 in lower-case hex.
    QByteArray bytes() const { return m_bytes; }
    QString sha256() const { return m_sha256; }
    // Problems that do not make the set invalid (unknown keys, total other than 100).
    QStringList warnings() const { return m_warnings; }

private:
    friend class CriteriaParser;

    QString m_id;
    QString m_version;
    int m_year = 0;
    QString m_title;
    QStringList m_unitKinds;
    QString m_issuer;
    QString m_legalBasis;
    SetStatus m_status = SetStatus::Draft;
    QList<Grade> m_grades;
    QList<CriteriaNode> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_indexById;
    std::optional<ExtraSection> m_bonus;
    std::optional<ExtraSection> m_penalty;
    QByteArray m_bytes;
    QString m_sha256;
    QStringList m_warnings;
};

QString statusKey(SetStatus status); // "official", "draft", "illustrative"
QString statusName(SetStatus status); // as a person reads it, in the current language
QString ruleKindKey(RuleKind kind);  // "manual", "boolean", …

} // namespace ParScore
