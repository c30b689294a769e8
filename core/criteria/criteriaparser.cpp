#include "criteriaparser.h"
#include "sha256.h"

#include "inputlimits.h"
#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace ParScore {
namespace {

const QString criteriaFormat = QStringLiteral("parscore.criteria");

std::optional<Hundredths> toHundredths(const std::optional<Fraction> &points)
{
    if (!points)
        return std::nullopt;
    return points->roundToHundredths(); // exact: maxPoints has at most two decimals
}

QString pointsText(Hundredths value)
{
    return jsonNumberText(double(value) / 100.0);
}

} // namespace

QString nodeLabel(const QString &nodeId)
{
    return CriteriaParser::tr("node %1").arg(nodeId);
}

static DocumentMessages criteriaMessages()
{
    return {criteriaFormat,
            CriteriaParser::tr("Cannot read the criteria file %1: %2"),
            CriteriaParser::tr("The file %1 is larger than %2 MiB, the most a criteria set may "
                               "have"),
            CriteriaParser::tr("The criteria set is larger than %1 MiB, the most a criteria set "
                               "may have"),
            CriteriaParser::tr("This is not a criteria set: the JSON is broken at byte %1 (%2)"),
            CriteriaParser::tr("This is not a criteria set: the file holds no JSON object"),
            CriteriaParser::tr("This is not a criteria set: “format” is not “%1”"),
            CriteriaParser::tr("This criteria set has format version %1; this version of "
                               "ParScore reads version %2. Install a newer ParScore.")};
}

Result<CriteriaSet> CriteriaParser::parseFile(const QString &path)
{
    const auto bytes = readDocumentFile(path, criteriaMessages(), Limits::maxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value());
}

Result<CriteriaSet> CriteriaParser::parse(const QByteArray &bytes)
{
    const auto document = openDocument(bytes, criteriaMessages());
    if (!document)
        return document.error();
    const QJsonObject &root = document.value();

    ProblemLog log;
    CriteriaParser parser(log);
    parser.m_set.m_bytes = bytes;
    parser.m_set.m_sha256 =
        Sha256::hex(bytes);

    parser.readHeader(root);
    parser.readGrades(root);
    parser.m_set.m_bonus = parser.readExtraSection(root, QStringLiteral("bonus"));
    parser.m_set.m_penalty = parser.readExtraSection(root, QStringLiteral("penalty"));

    parser.readAreas(root);

    if (log.hasErrors()) {
        QStringList details = log.errors();
        for (const QString &warning : log.warnings())
            details.append(tr("warning: %1").arg(warning));
        return Error::invalid(
            tr("The criteria set is invalid (%n problem(s))", nullptr, log.errorCount()), details);
    }
    parser.finish();
    return std::move(parser.m_set);
}

void CriteriaParser::readHeader(const QJsonObject &root)
{
    const JsonFields fields(root, QString(), m_log);
    fields.warnUnknownKeys(
        {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("id"),
         QStringLiteral("version"), QStringLiteral("year"), QStringLiteral("title"),
         QStringLiteral("unitKinds"), QStringLiteral("issuer"), QStringLiteral("legalBasis"),
         QStringLiteral("status"), QStringLiteral("grades"), QStringLiteral("nodes"),
         QStringLiteral("bonus"), QStringLiteral("penalty")});
    fields.integer(QStringLiteral("formatVersion"), Limits::formatVersion, Limits::formatVersion);
    m_set.m_id =
        fields.requiredText(QStringLiteral("id"), Limits::maxIdLength).value_or(QString());
    m_set.m_version =
        fields.requiredText(QStringLiteral("version"), Limits::maxIdLength).value_or(QString());
    m_set.m_title =
        fields.requiredText(QStringLiteral("title"), Limits::maxTitleLength).value_or(QString());
    m_set.m_year = fields.integer(QStringLiteral("year"), 1900, 2999).value_or(0);
    m_set.m_issuer = fields.optionalText(QStringLiteral("issuer"), Limits::maxTitleLength);
    m_set.m_legalBasis =
        fields.optionalText(QStringLiteral("legalBasis"), Limits::maxLongTextLength);

    const auto status = fields.requiredText(QStringLiteral("status"), Limits::maxIdLength);
    if (status == QLatin1String("official"))
        m_set.m_status = SetStatus::Official;
    else if (status == QLatin1String("draft"))
        m_set.m_status = SetStatus::Draft;
    else if (status == QLatin1String("illustrative"))
        m_set.m_status = SetStatus::Illustrative;
    else if (status)
        m_log.error(
            QString(),
            tr("“status” is “%1”; it must be official, draft or illustrative").arg(*status));

    readUnitKinds(root, fields);
}

void CriteriaParser::readUnitKinds(const QJsonObject &root, const JsonFields &fields)
{
    const QJsonValue kinds = root.value(QStringLiteral("unitKinds"));
    if (!kinds.isArray()) {
        m_log.error(QString(), tr("“unitKinds” must be a list of agency groups such as \"so\""));
        return;
    }
    const QJsonArray array = kinds.toArray();
    if (!withinCap(QString(), QStringLiteral("unitKinds"), array.size(), Limits::maxUnitKinds))
        return;
    for (const QJsonValue &kind : array) {
        if (!kind.isString() || kind.toString().trimmed().isEmpty())
            m_log.error(QString(), tr("“unitKinds” must hold non-empty texts only"));
        else if (fields.checkLength(QStringLiteral("unitKinds"), kind.toString(),
                                    Limits::maxIdLength))
            m_set.m_unitKinds.append(kind.toString());
    }
}

bool CriteriaParser::withinCap(const QString &where, const QString &key, qsizetype count,
                               int cap)
{
    if (count <= cap)
        return true;
    m_log.error(where, tr("“%1” has %2 entries; the limit is %3")
                           .arg(key, QString::number(count), QString::number(cap)));
    return false;
}

void CriteriaParser::readGrades(const QJsonObject &root)
{
    const QJsonValue grades = root.value(QStringLiteral("grades"));
    if (grades.isUndefined())
        return;
    if (!grades.isArray()) {
        m_log.error(QString(), tr("“grades” must be a list"));
        return;
    }
    const QJsonArray array = grades.toArray();
    if (!withinCap(QString(), QStringLiteral("grades"), array.size(), Limits::maxGrades))
        return;
    // The labels of the grades read so far, by minPercent, to name every earlier one that
    // has the same minPercent.
    std::map<Fraction, QStringList> labelsByMinPercent;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("grades[%1]").arg(i);
        if (!array.at(i).isObject()) {
            m_log.error(where, tr("must be an object with “label” and “minPercent”"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const JsonFields fields(object, where, m_log);
        fields.warnUnknownKeys({QStringLiteral("label"), QStringLiteral("minPercent")});
        const auto label = fields.requiredText(QStringLiteral("label"), Limits::maxTitleLength);
        const auto minPercent = fields.number(QStringLiteral("minPercent"), NumberSpec());
        if (!label || !minPercent)
            continue;
        QStringList &sameMinPercent = labelsByMinPercent[*minPercent];
        for (const QString &other : std::as_const(sameMinPercent))
            m_log.error(where, tr("another grade (“%1”) has the same minPercent").arg(other));
        sameMinPercent.append(*label);
        m_set.m_grades.append({*label, *minPercent});
    }
}

std::optional<ExtraSection> CriteriaParser::readExtraSection(const QJsonObject &root,
                                                             const QString &key)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        m_log.error(key, tr("must be an object with “maxPoints” and “items”"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const JsonFields fields(object, key, m_log);
    fields.warnUnknownKeys({QStringLiteral("maxPoints"), QStringLiteral("items")});
    ExtraSection section;
    section.maxPoints =
        toHundredths(fields.number(QStringLiteral("maxPoints"), Limits::maxPointsSpec)).value_or(0);

    const QJsonValue items = object.value(QStringLiteral("items"));
    if (!items.isArray()) {
        m_log.error(key, tr("“items” must be a list"));
        return section;
    }
    const QJsonArray array = items.toArray();
    if (!withinCap(key, QStringLiteral("items"), array.size(), Limits::maxExtraItems))
        return section;
    section.reserveItems(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        readExtraItem(section, array.at(i), key, i);
    return section;
}

void CriteriaParser::readExtraItem(ExtraSection &section, const QJsonValue &value,
                                   const QString &key, qsizetype index)
{
    const QJsonValue itemId = value.toObject().value(QStringLiteral("id"));
    const QString where = itemId.isString() && !itemId.toString().isEmpty()
                              ? key + u' ' + itemId.toString()
                              : QStringLiteral("%1.items[%2]").arg(key, QString::number(index));
    if (!value.isObject()) {
        m_log.error(where, tr("must be an object with “id”, “title” and “points”"));
        return;
    }
    const QJsonObject itemObject = value.toObject();
    const JsonFields itemFields(itemObject, where, m_log);
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("title"),
                                  QStringLiteral("points")};
    itemFields.warnUnknownKeys(keys);
    const auto id = itemFields.requiredText(QStringLiteral("id"), Limits::maxIdLength);
    const auto title = itemFields.requiredText(QStringLiteral("title"), Limits::maxTitleLength);
    const auto points = itemFields.number(QStringLiteral("points"), Limits::nonNegativeSpec);
    if (!id || !title || !points)
        return;
    if (section.item(*id)) {
        m_log.error(where, tr("the id “%1” is used more than once").arg(*id));
        return;
    }
    section.addItem({*id, *title, *points});
}

void CriteriaParser::readAreas(const QJsonObject &root)
{
    const QJsonValue nodes = root.value(QStringLiteral("nodes"));
    if (!nodes.isArray() || nodes.toArray().isEmpty()) {
        m_log.error(QString(), tr("“nodes” must be a non-empty list of areas"));
        return;
    }
    const QJsonArray array = nodes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        readNode(array.at(i), QStringLiteral("nodes[%1]").arg(i), -1, 0);
}

bool CriteriaParser::nodeWithinCaps(const QString &where, int depth)
{
    // Each cap is reported once, at the first node past it; what lies beyond is not read.
    if (m_set.m_nodes.size() >= Limits::maxNodes) {
        if (!m_tooManyNodes)
            m_log.error(where, tr("the set has more than %1 nodes, the limit; the nodes from "
                                  "here on are not read")
                                   .arg(Limits::maxNodes));
        m_tooManyNodes = true;
        return false;
    }
    if (depth >= Limits::maxDepth) {
        if (!m_tooDeep)
            m_log.error(where, tr("the nodes are nested more than %1 levels deep, the limit; "
                                  "the nodes from here down are not read")
                                   .arg(Limits::maxDepth));
        m_tooDeep = true;
        return false;
    }
    return true;
}

std::optional<Hundredths> CriteriaParser::readNode(const QJsonValue &value, const QString &path,
                                                   int parent, int depth)
{
    if (!value.isObject()) {
        m_log.error(path, tr("a node must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    const bool hasId = idValue.isString() && !idValue.toString().trimmed().isEmpty();
    const QString where = hasId ? nodeLabel(idValue.toString()) : path;
    if (!nodeWithinCaps(where, depth))
        return std::nullopt;
    const JsonFields fields(object, where, m_log);
    static const QStringList keys{QStringLiteral("id"),       QStringLiteral("title"),
                                  QStringLiteral("maxPoints"), QStringLiteral("children"),
                                  QStringLiteral("rule"),     QStringLiteral("scoredBy"),
                                  QStringLiteral("notApplicable"), QStringLiteral("guidance"),
                                  QStringLiteral("evidence"), QStringLiteral("legalBasis")};
    fields.warnUnknownKeys(keys);

    CriteriaNode node;
    node.index = int(m_set.m_nodes.size());
    node.parent = parent;
    node.depth = depth;
    readNodeId(node, idValue, fields);
    const std::optional<Hundredths> maxPoints = readNodeTexts(node, fields);

    const QJsonValue children = object.value(QStringLiteral("children"));
    if (!children.isUndefined() && !children.isArray())
        m_log.error(where, tr("“children” must be a list of nodes"));
    const QJsonArray childArray = children.toArray();
    const bool isParent = !childArray.isEmpty();
    readLeafProperties(node, object, isParent, maxPoints, where);

    m_set.m_nodes.append(node);
    if (parent < 0)
        m_set.m_roots.append(node.index);
    else
        m_set.m_nodes[parent].children.append(node.index);

    if (!isParent)
        return maxPoints;
    return readChildren(childArray, path, node.index, depth, maxPoints, where);
}

void CriteriaParser::readNodeId(CriteriaNode &node, const QJsonValue &idValue,
                                const JsonFields &fields)
{
    const QString &where = fields.where();
    if (!idValue.isString() || idValue.toString().trimmed().isEmpty()) {
        m_log.error(where, tr("“id” must be a non-empty text"));
        return;
    }
    node.id = idValue.toString();
    if (m_set.m_indexById.contains(node.id))
        m_log.error(where, tr("the id is used by more than one node"));
    else if (fields.checkLength(QStringLiteral("id"), node.id, Limits::maxIdLength))
        m_set.m_indexById.insert(node.id, node.index);
}

std::optional<Hundredths> CriteriaParser::readNodeTexts(CriteriaNode &node,
                                                        const JsonFields &fields)
{
    node.title =
        fields.requiredText(QStringLiteral("title"), Limits::maxTitleLength).value_or(QString());
    node.guidance = fields.optionalText(QStringLiteral("guidance"), Limits::maxLongTextLength);
    node.evidence = fields.optionalText(QStringLiteral("evidence"), Limits::maxLongTextLength);
    node.legalBasis =
        fields.optionalText(QStringLiteral("legalBasis"), Limits::maxLongTextLength);
    const std::optional<Hundredths> maxPoints =
        toHundredths(fields.number(QStringLiteral("maxPoints"), Limits::maxPointsSpec));
    node.maxPoints = maxPoints.value_or(0);
    return maxPoints;
}

void CriteriaParser::readLeafProperties(CriteriaNode &node, const QJsonObject &object,
                                        bool isParent, std::optional<Hundredths> maxPoints,
                                        const QString &where)
{
    // scoredBy and notApplicable are properties of leaves; a parent's are ignored.
    const QJsonValue scoredByValue = object.value(QStringLiteral("scoredBy"));
    const QJsonValue policyValue = object.value(QStringLiteral("notApplicable"));
    if (!isParent && !scoredByValue.isUndefined()) {
        if (scoredByValue == QJsonValue(QStringLiteral("agency")))
            node.scoredBy = ScoredBy::Agency;
        else if (scoredByValue == QJsonValue(QStringLiteral("appraiser")))
            node.scoredBy = ScoredBy::Appraiser;
        else
            m_log.error(where, tr("“scoredBy” must be agency or appraiser"));
    }
    if (!isParent && !policyValue.isUndefined()) {
        const QString policy = policyValue.toString();
        if (policy == QLatin1String("forbidden") && policyValue.isString())
            node.notApplicable = NotApplicablePolicy::Forbidden;
        else if (policy == QLatin1String("exclude"))
            node.notApplicable = NotApplicablePolicy::Exclude;
        else if (policy == QLatin1String("full"))
            node.notApplicable = NotApplicablePolicy::Full;
        else if (policy == QLatin1String("zero"))
            node.notApplicable = NotApplicablePolicy::Zero;
        else
            m_log.error(where, tr("“notApplicable” must be forbidden, exclude, full or zero"));
    }

    const QJsonValue ruleValue = object.value(QStringLiteral("rule"));
    const bool hasRule = !ruleValue.isUndefined() && !ruleValue.isNull();
    if (isParent) {
        if (hasRule)
            m_log.error(where, tr("a node with children cannot have a rule"));
        if (!scoredByValue.isUndefined() || !policyValue.isUndefined())
            m_log.warning(
                where,
                tr("“scoredBy” and “notApplicable” apply to leaves only and are ignored here"));
    } else if (!hasRule) {
        m_log.error(where, tr("a leaf (a node without children) needs a “rule”"));
    } else {
        node.rule = readRule(ruleValue, where, maxPoints);
    }
    node.agencyScorable = node.scoredBy == ScoredBy::Agency;
}

std::optional<Hundredths> CriteriaParser::readChildren(const QJsonArray &childArray,
                                                       const QString &path, int parent, int depth,
                                                       std::optional<Hundredths> maxPoints,
                                                       const QString &where)
{
    Hundredths childSum = 0;
    bool childrenValid = true;
    for (qsizetype i = 0; i < childArray.size(); ++i) {
        const auto childMax = readNode(
            childArray.at(i), path + QStringLiteral(".children[%1]").arg(i), parent, depth + 1);
        childrenValid = childrenValid && childMax.has_value();
        childSum += childMax.value_or(0);
    }
    if (maxPoints && childrenValid && *maxPoints != childSum) {
        m_log.error(where, tr("maxPoints is %1 but its children add up to %2")
                               .arg(pointsText(*maxPoints), pointsText(childSum)));
    }
    return childrenValid ? maxPoints : std::nullopt;
}

void CriteriaParser::finish()
{
    // A parent counts for the agency when any leaf below it does; nodes are in
    // pre-order, so walking backwards visits children before their parent.
    for (auto i = m_set.m_nodes.size() - 1; i >= 0; --i) {
        CriteriaNode &node = m_set.m_nodes[i];
        if (node.isLeaf())
            continue;
        node.agencyScorable =
            std::any_of(node.children.cbegin(), node.children.cend(),
                        [this](int c) { return m_set.m_nodes[c].agencyScorable; });
    }
    Hundredths total = 0;
    for (const int root : std::as_const(m_set.m_roots))
        total += m_set.m_nodes[root].maxPoints;
    if (total != 10000)
        m_log.warning(QString(),
                      tr("the areas add up to %1 points, not 100").arg(pointsText(total)));
    m_set.m_warnings = m_log.warnings();
}

} // namespace ParScore
