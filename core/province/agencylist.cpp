#include "agencylist.h"

#include "inputlimits.h"
#include "jsonfields.h"
#include "searchtext.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace ParScore {
namespace {

// One record of the file: its fields (trimmed) and the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
    bool isBlank() const
    {
        return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.isEmpty(); });
    }
};

QString lineLabel(int line)
{
    return AgencyList::tr("line %1").arg(line);
}

// The text of the file, or nothing when it is not UTF-8 (nor UTF-16 with its byte order
// mark), with the problem logged on the first line that is not.
std::optional<QString> decode(const QByteArray &bytes, ProblemLog &log)
{
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    // A NUL is no character of a list: it is UTF-16 without its mark, or not text at all.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!utf16 && !decoder.hasError() && !bytes.contains('\0'))
        return text;
    const QList<QByteArray> lines = bytes.split('\n');
    int line = 1;
    for (const QByteArray &bytesOfLine : lines) {
        QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = lineDecoder.decode(bytesOfLine); // decodes when converted
        if (lineDecoder.hasError() || bytesOfLine.contains('\0'))
            break;
        ++line;
    }
    log.error(lineLabel(std::min(line, int(lines.size()))),
              AgencyList::tr("the text is not UTF-8: save the list as “CSV UTF-8” or as Unicode text"));
    return std::nullopt;
}

// The separator the header line uses most outside quotes (tab, then semicolon, then comma on
// a tie); a comma when it has none.
QChar detectSeparator(QStringView text)
{
    const std::array<QChar, 3> candidates{u'\t', u';', u','};
    std::array<int, 3> counts{};
    bool quoted = false;
    bool seenText = false; // blank lines before the header do not end it
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r') && seenText)
            break;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            counts[i] += !quoted && c == candidates[i] ? 1 : 0;
        seenText = seenText || !c.isSpace();
    }
    std::size_t best = 2;
    for (std::size_t i = candidates.size(); i-- > 0;) {
        if (counts[i] >= counts[best] && counts[i] > 0)
            best = i;
    }
    return candidates[best];
}

// Splits the text into records by RFC 4180: a field that starts with a quote (after
// spaces) runs to the matching quote, "" inside it is one quote, and separators and line
// breaks inside it are text.
class Reader
{
public:
    Reader(QStringView text, QChar separator, ProblemLog &log)
        : m_text(text)
        , m_separator(separator)
        , m_log(log)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; nothing when a quote is never closed (the rest of the file is lost).
    std::optional<Record> next()
    {
        Record record{m_line, {}};
        while (true) {
            auto field = readField(record.line);
            if (!field)
                return std::nullopt;
            record.fields.append(field->trimmed());
            if (atEnd())
                return record;
            const QChar c = m_text[m_pos++];
            if (c == m_separator)
                continue;
            if (c == u'\r' && !atEnd() && m_text[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            return record;
        }
    }

private:
    bool atFieldEnd() const
    {
        return atEnd() || m_text[m_pos] == m_separator || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r';
    }
    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos] == u' ')
            ++m_pos;
    }

    std::optional<QString> readField(int recordLine)
    {
        const qsizetype start = m_pos;
        skipSpaces();
        if (atEnd() || m_text[m_pos] != u'"') {
            m_pos = start;
            while (!atFieldEnd())
                ++m_pos;
            return m_text.mid(start, m_pos - start).toString();
        }
        const int quoteLine = m_line;
        ++m_pos;
        QString field;
        while (true) {
            if (atEnd()) {
                m_log.error(lineLabel(quoteLine), AgencyList::tr("a quote opened here is never closed"));
                return std::nullopt;
            }
            const QChar c = m_text[m_pos++];
            if (c == u'"') {
                if (atEnd() || m_text[m_pos] != u'"')
                    break;
                ++m_pos;
                field += u'"';
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && !atEnd() && m_text[m_pos] == u'\n')
                    ++m_pos;
                field += u'\n';
                ++m_line;
            } else {
                field += c;
            }
        }
        skipSpaces();
        if (!atFieldEnd()) {
            m_log.error(lineLabel(recordLine), AgencyList::tr("text after a closing quote: a quote inside a "
                                                              "quoted field is written twice (\"\")"));
            while (!atFieldEnd())
                ++m_pos;
        }
        return field;
    }

    QStringView m_text;
    QChar m_separator;
    ProblemLog &m_log;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The group as the criteria sets tag it. Provinces' lists say "Xã", "Phường" or "Sở, ban,
// ngành" where the built-in sets say xa, phuong, so: those words (with or without marks,
// in any case) are read as the tags; anything else is kept as written, for checkAgencies.
QString groupTag(const QString &written)
{
    const QString folded = searchFolded(written).simplified().remove(u',');
    if (folded == QLatin1String("xa"))
        return QStringLiteral("xa");
    if (folded == QLatin1String("phuong"))
        return QStringLiteral("phuong");
    if (folded == QLatin1String("so") || folded == QLatin1String("so ban nganh"))
        return QStringLiteral("so");
    return written;
}

// Which field holds the code, the name and the group.
struct Columns
{
    qsizetype code = -1, name = -1, group = -1;
    qsizetype count = 0;
};

std::optional<Columns> readHeader(const Record &header, ProblemLog &log)
{
    struct Wanted
    {
        QString english, vietnamese;
        qsizetype Columns::*column;
    };
    const Wanted wanted[] = {{QStringLiteral("code"), QStringLiteral("mã"), &Columns::code},
                             {QStringLiteral("name"), QStringLiteral("tên"), &Columns::name},
                             {QStringLiteral("group"), QStringLiteral("nhóm"), &Columns::group}};
    Columns columns;
    columns.count = header.fields.size();
    const QString where = lineLabel(header.line);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        // Typed on any keyboard: "mã" in composed or decomposed form, any letter case.
        const QString title = header.fields[i].normalized(QString::NormalizationForm_C).toLower();
        for (const Wanted &column : wanted) {
            if (title != column.english && title != column.vietnamese)
                continue;
            if (columns.*column.column >= 0)
                log.error(where, AgencyList::tr("the header names the column “%1” twice").arg(header.fields[i]));
            columns.*column.column = i;
        }
    }
    for (const Wanted &column : wanted) {
        if (columns.*column.column < 0)
            log.error(where, AgencyList::tr("the header has no column “%1” (or “%2”)")
                                 .arg(column.english, column.vietnamese));
    }
    if (log.hasErrors())
        return std::nullopt;
    return columns;
}

} // namespace

Result<QList<ExpectedAgency>> AgencyList::parse(const QByteArray &bytes)
{
    if (bytes.size() > Limits::maxAgencyListBytes)
        return Error::invalid(tr("The list of agencies is larger than %1 MiB, the limit")
                                  .arg(Limits::maxAgencyListBytes / (1024 * 1024)));
    ProblemLog log;
    const auto problems = [&log] {
        return Error::invalid(tr("The list of agencies cannot be read: %n problem(s)", nullptr, log.errorCount()),
                              log.errors());
    };
    const auto text = decode(bytes, log);
    if (!text)
        return problems();
    Reader reader(*text, detectSeparator(*text), log);

    std::optional<Columns> columns;
    QList<ExpectedAgency> agencies;
    QHash<QString, int> lineOfCode;
    while (!reader.atEnd()) {
        const auto record = reader.next();
        if (!record)
            break;
        if (record->isBlank())
            continue;
        if (!columns) {
            columns = readHeader(*record, log);
            if (!columns)
                return problems();
            continue;
        }
        const QString where = lineLabel(record->line);
        if (agencies.size() == Limits::maxAgencyListRows) {
            log.error(where, tr("more than %1 agencies; the limit is %1").arg(Limits::maxAgencyListRows));
            break;
        }
        if (record->fields.size() != columns->count) {
            log.error(where, tr("%1 fields where the header has %2")
                                 .arg(QString::number(record->fields.size()), QString::number(columns->count)));
            continue;
        }
        const ExpectedAgency agency{record->fields[columns->code], record->fields[columns->name],
                                    groupTag(record->fields[columns->group])};
        if (agency.code.isEmpty())
            log.error(where, tr("the code is empty"));
        if (agency.name.isEmpty())
            log.error(where, tr("the name is empty"));
        if (agency.group.isEmpty())
            log.error(where, tr("the group is empty"));
        if (!agency.code.isEmpty() && lineOfCode.contains(agency.code))
            log.error(where, tr("the code “%1” is also on line %2").arg(agency.code, QString::number(lineOfCode[agency.code])));
        if (!lineOfCode.contains(agency.code))
            lineOfCode.insert(agency.code, record->line);
        agencies.append(agency);
    }
    if (!log.hasErrors() && !columns)
        log.error(lineLabel(1), tr("the list is empty: it needs a header line naming the columns code, name and group"));
    if (log.hasErrors())
        return problems();
    return agencies;
}

Result<QList<ExpectedAgency>> AgencyList::readFile(const QString &path)
{
    DocumentMessages messages;
    messages.cannotRead = tr("Cannot read the list of agencies %1: %2");
    messages.tooLargeFile = tr("The list of agencies %1 is larger than %2 MiB, the limit");
    const auto bytes = readDocumentFile(path, messages, Limits::maxAgencyListBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value());
}

} // namespace ParScore
