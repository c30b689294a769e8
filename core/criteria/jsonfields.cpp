#include "jsonfields.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonValue>
#include <QRegularExpression>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace ParScore {
namespace {

const QString outOfRangeMarker = QStringLiteral("\u0001number out of range: ");
const QByteArrayView numberCharacters("0123456789+-.eE");

bool isJsonNumber(const QByteArray &literal)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$)"));
    return number.match(QString::fromLatin1(literal)).hasMatch();
}

// The decimal order of magnitude of a JSON number whose value is not zero: 1e400 → 401,
// 0.001 → -2. Only its sign is used, to tell a number too large for a double from one too
// small; the exponent saturates long before it could overflow.
qint64 decimalOrder(const QByteArray &literal)
{
    const qsizetype e = std::max(literal.indexOf('e'), literal.indexOf('E'));
    qint64 exponent = 0;
    if (e >= 0) {
        const QByteArray digits = literal.mid(e + 1);
        for (const char c : digits) {
            if (c >= '0' && c <= '9')
                exponent = std::min<qint64>(exponent * 10 + (c - '0'), 1000000000);
        }
        if (digits.startsWith('-'))
            exponent = -exponent;
    }
    QByteArray mantissa = e >= 0 ? literal.left(e) : literal;
    if (mantissa.startsWith('-'))
        mantissa.remove(0, 1);
    const qsizetype point = mantissa.indexOf('.');
    const QByteArray whole = point >= 0 ? mantissa.left(point) : mantissa;
    qsizetype leadingZeros = 0;
    while (leadingZeros < whole.size() && whole.at(leadingZeros) == '0')
        ++leadingZeros;
    if (leadingZeros < whole.size())
        return qint64(whole.size() - leadingZeros) + exponent;
    const QByteArray fraction = point >= 0 ? mantissa.mid(point + 1) : QByteArray();
    qsizetype fractionZeros = 0;
    while (fractionZeros < fraction.size() && fraction.at(fractionZeros) == '0')
        ++fractionZeros;
    return -qint64(fractionZeros) + exponent;
}

// What a well-formed JSON number that Qt's parser refuses becomes, read as a double (with
// std::from_chars: the same in every locale). Too small to represent is as good as zero
// (what every other reader makes of it); too large is marked so that validation can name
// it. Empty when the literal is not a well-formed number.
std::optional<QByteArray> outOfRangeReplacement(const QByteArray &literal)
{
    if (!isJsonNumber(literal))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] =
        std::from_chars(literal.constData(), literal.constData() + literal.size(), value);
    Q_UNUSED(end);
    if (ec == std::errc::result_out_of_range) {
        if (decimalOrder(literal) > 0)
            return '"' + outOfRangeMarker.toUtf8() + literal + '"';
        value = literal.startsWith('-') ? -0.0 : 0.0;
    }
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// Whether a double cannot hold this number: too large, or not zero but read as zero.
bool outOfRange(const QByteArray &literal)
{
    double value = 0;
    const auto [end, ec] =
        std::from_chars(literal.constData(), literal.constData() + literal.size(), value);
    Q_UNUSED(end);
    return ec == std::errc::result_out_of_range && isJsonNumber(literal);
}

// Replaces, in one pass, the numbers outside strings that Qt's parser refuses for their
// range (1e400, 1e-400).
QByteArray replaceOutOfRangeNumbers(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes.at(i);
        if (inString || c == '"' || (c != '-' && (c < '0' || c > '9'))) {
            out += c;
            ++i;
            if (inString && c == '\\' && i < bytes.size())
                out += bytes.at(i++);
            else if (c == '"')
                inString = !inString;
            continue;
        }
        qsizetype end = i;
        while (end < bytes.size() && numberCharacters.contains(bytes.at(end)))
            ++end;
        const QByteArray literal = bytes.mid(i, end - i);
        out += outOfRange(literal) ? outOfRangeReplacement(literal).value_or(literal) : literal;
        i = end;
    }
    return out;
}

} // namespace

QJsonDocument parseUntrustedJson(const QByteArray &bytes, QJsonParseError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes, error);
    if (error->error != QJsonParseError::IllegalNumber)
        return document;
    // Every out-of-range number replaced at once: parsing again per number would take
    // time in proportion to the file's size times their count.
    QByteArray text = replaceOutOfRangeNumbers(bytes);
    for (int replaced = 0; replaced < 100; ++replaced) {
        const QJsonDocument retried = QJsonDocument::fromJson(text, error);
        if (error->error != QJsonParseError::IllegalNumber)
            return retried;
        // What the pass above left (if Qt refuses a number from_chars reads): the offset points
        // just past the number Qt refused.
        const qsizetype end = std::min<qsizetype>(error->offset, text.size());
        qsizetype start = end;
        while (start > 0 && numberCharacters.contains(text.at(start - 1)))
            --start;
        const auto replacement = outOfRangeReplacement(text.mid(start, end - start));
        if (!replacement)
            return retried;
        text.replace(start, end - start, *replacement);
    }
    return QJsonDocument::fromJson(text, error);
}

QString outOfRangeNumber(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.startsWith(outOfRangeMarker) ? text.mid(outOfRangeMarker.size()) : QString();
}

static constexpr qint64 maxJsonMebibytes = Limits::maxJsonFileBytes / (1024 * 1024);

Result<QByteArray> readDocumentFile(const QString &path, const DocumentMessages &messages,
                                    qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(messages.cannotRead.arg(path, file.errorString()));
    // Read one byte past the cap rather than trusting size(): a pipe or a device has none.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::unreadable(messages.cannotRead.arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return Error::invalid(
            messages.tooLargeFile.arg(path, QString::number(maxBytes / (1024 * 1024))));
    return bytes;
}

Result<QJsonObject> openDocument(const QByteArray &bytes, const DocumentMessages &messages)
{
    if (bytes.size() > Limits::maxJsonFileBytes)
        return Error::invalid(messages.tooLarge.arg(maxJsonMebibytes));
    QJsonParseError parseError;
    const QJsonDocument document = parseUntrustedJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::unreadable(
            messages.brokenJson.arg(QString::number(parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return Error::unreadable(messages.notAnObject);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != messages.format)
        return Error::unreadable(messages.wrongFormat.arg(messages.format));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (version.isDouble() && version.toDouble() > Limits::formatVersion)
        return Error::unreadable(messages.newerVersion.arg(
            jsonNumberText(version.toDouble()), QString::number(Limits::formatVersion)));
    return root;
}

class JsonFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::JsonFields)
    friend class JsonFields;
    friend class ProblemLog;
};

namespace {

void record(QStringList &list, int &count, const QString &where, const QString &message)
{
    if (count++ < Limits::maxListedProblems)
        list.append(where.isEmpty() ? message : where + QStringLiteral(": ") + message);
}

} // namespace

void ProblemLog::error(const QString &where, const QString &message)
{
    record(m_errors, m_errorCount, where, message);
}

void ProblemLog::warning(const QString &where, const QString &message)
{
    record(m_warnings, m_warningCount, where, message);
}

QStringList ProblemLog::errors() const
{
    QStringList listed = m_errors;
    if (m_errorCount > m_errors.size())
        listed.append(JsonFieldsText::tr("… and %n more problem(s)", nullptr,
                                         m_errorCount - int(m_errors.size())));
    return listed;
}

QStringList ProblemLog::warnings() const
{
    QStringList listed = m_warnings;
    if (m_warningCount > m_warnings.size())
        listed.append(JsonFieldsText::tr("… and %n more warning(s)", nullptr,
                                         m_warningCount - int(m_warnings.size())));
    return listed;
}

QString jsonNumberText(double value)
{
    return QString::number(value, std::fabs(value) < 1e16 ? 'f' : 'g',
                           QLocale::FloatingPointShortest);
}

JsonFields::JsonFields(const QJsonObject &object, QString where, ProblemLog &log)
    : m_object(object)
    , m_where(std::move(where))
    , m_log(log)
{}

bool JsonFields::checkLength(const QString &key, const QString &text, int maxLength) const
{
    if (text.size() <= maxLength)
        return true;
    m_log.error(m_where, JsonFieldsText::tr("“%1” has %2 characters; the limit is %3")
                             .arg(key, QString::number(text.size()), QString::number(maxLength)));
    return false;
}

std::optional<QString> JsonFields::requiredText(const QString &key, int maxLength) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” is missing").arg(key));
        return std::nullopt;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” must be a non-empty text").arg(key));
        return std::nullopt;
    }
    if (!checkLength(key, value.toString(), maxLength))
        return std::nullopt;
    return value.toString();
}

QString JsonFields::optionalText(const QString &key, int maxLength) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” must be a text").arg(key));
        return {};
    }
    if (!checkLength(key, value.toString(), maxLength))
        return {};
    return value.toString();
}

std::optional<Fraction> JsonFields::number(const QString &key, const NumberSpec &spec,
                                           std::optional<Fraction> fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (!fallback)
            m_log.error(m_where, JsonFieldsText::tr("“%1” is missing").arg(key));
        return fallback;
    }
    if (!value.isDouble()) {
        const QString outOfRange = outOfRangeNumber(value);
        if (!outOfRange.isEmpty())
            m_log.error(m_where, JsonFieldsText::tr("“%1” is %2; it must be between %3 and %4")
                                     .arg(key, outOfRange, jsonNumberText(spec.min),
                                          jsonNumberText(spec.max)));
        else
            m_log.error(m_where, JsonFieldsText::tr("“%1” must be a number").arg(key));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < spec.min || d > spec.max) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” is %2; it must be between %3 and %4")
                                 .arg(key, jsonNumberText(d), jsonNumberText(spec.min),
                                      jsonNumberText(spec.max)));
        return std::nullopt;
    }
    const auto exact = Fraction::fromJsonNumber(d, spec.maxDecimals, 1e6);
    if (!exact) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” is %2; it may have at most %3 decimals")
                                 .arg(key, jsonNumberText(d), QString::number(spec.maxDecimals)));
        return std::nullopt;
    }
    return exact;
}

std::optional<double> JsonFields::finiteNumber(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” is missing").arg(key));
        return std::nullopt;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” must be a finite number").arg(key));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<int> JsonFields::integer(const QString &key, int min, int max) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” is missing").arg(key));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::floor(d) || d < min || d > max) {
        m_log.error(m_where, JsonFieldsText::tr("“%1” must be a whole number from %2 to %3")
                                 .arg(key, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return int(d);
}

void JsonFields::warnUnknownKeys(const QStringList &known) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            m_log.warning(m_where,
                          JsonFieldsText::tr("unknown field “%1” is ignored").arg(it.key()));
    }
}

} // namespace ParScore
