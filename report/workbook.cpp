#include "workbook.h"

#include "answers.h"
#include "assessmentstore.h"
#include "language.h"
#include "layeredscores.h"
#include "scoringtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace ParScore {
namespace {

constexpr int maxCellText = 32767; // Excel's limit for one cell
constexpr double maxWidth = 60;    // wider text wraps (titles, names, notes)

// Text as a cell may hold it: names and notes come from agencies' files, and XML (which
// an XLSX is made of) has no place for control characters.
std::string cellText(const QString &text)
{
    QString clean = text.left(maxCellText);
    for (QChar &c : clean) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = QChar(0xFFFD);
    }
    return clean.toStdString();
}

double points(Hundredths value)
{
    return double(value) / 100.0;
}

// Column widths in Excel's units (about one character each), estimated from the text:
// libxlsxwriter 1.1.4 has no autofit.
class Widths
{
public:
    explicit Widths(const QStringList &headers)
    {
        for (const QString &header : headers)
            m_widths.append(estimate(header));
    }
    void fit(int column, const QString &text) { m_widths[column] = std::max(m_widths[column], estimate(text)); }
    double at(int column) const { return std::min(m_widths[column], maxWidth); }

private:
    static double estimate(const QString &text)
    {
        qsizetype longest = 0;
        for (const QStringView line : QStringView(text).split(u'\n'))
            longest = std::max(longest, line.size());
        return double(longest) * 1.1 + 2; // diacritics stack above the letters: no extra width
    }
    QList<double> m_widths;
};

// One worksheet written row after row (libxlsxwriter's constant-memory mode), the first
// error kept.
class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, lxw_error &error)
        : m_sheet(sheet)
        , m_error(error)
    {}
    void text(int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        if (!value.isEmpty())
            keep(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), cellText(value).c_str(), format));
    }
    void number(int row, int column, double value, lxw_format *format)
    {
        keep(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    void optionalNumber(int row, int column, const std::optional<double> &value, lxw_format *format)
    {
        if (value)
            number(row, column, *value, format);
    }
    // Widths, the frozen header row and the auto-filter over the rows written.
    void finish(const Widths &widths, int columns, int headerRow, int lastRow, lxw_format *wrapped)
    {
        for (int column = 0; column < columns; ++column)
            keep(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column),
                                      widths.at(column) >= maxWidth ? wrapped : nullptr));
        worksheet_freeze_panes(m_sheet, lxw_row_t(headerRow + 1), 0);
        keep(worksheet_autofilter(m_sheet, lxw_row_t(headerRow), 0, lxw_row_t(std::max(lastRow, headerRow)),
                                  lxw_col_t(columns - 1)));
    }

private:
    void keep(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_worksheet *m_sheet;
    lxw_error &m_error;
};

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *points = nullptr; // 0.00
    lxw_format *whole = nullptr;  // ranks, years
    lxw_format *warning = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *total = nullptr; // a total's label and points, bold
    lxw_format *totalPoints = nullptr;
    QList<lxw_format *> indent; // titles by depth
};

Formats makeFormats(lxw_workbook *book)
{
    Formats formats;
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.points = workbook_add_format(book);
    format_set_num_format(formats.points, "0.00");
    formats.whole = workbook_add_format(book);
    format_set_num_format(formats.whole, "0");
    formats.warning = workbook_add_format(book);
    format_set_bold(formats.warning);
    formats.wrapped = workbook_add_format(book);
    format_set_text_wrap(formats.wrapped);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    formats.total = workbook_add_format(book);
    format_set_bold(formats.total);
    formats.totalPoints = workbook_add_format(book);
    format_set_bold(formats.totalPoints);
    format_set_num_format(formats.totalPoints, "0.00");
    for (uint8_t depth = 0; depth < 6; ++depth) {
        lxw_format *format = workbook_add_format(book);
        format_set_indent(format, depth);
        if (depth == 0)
            format_set_bold(format);
        formats.indent.append(format);
    }
    return formats;
}

// The warnings of the criteria sets that are not official, once each, in one line.
QString criteriaWarnings(const Overview &overview)
{
    QStringList warnings;
    for (const OverviewRow &row : overview.rows) {
        const QString warning = criteriaStatusWarning(row.criteriaStatus);
        const QString line = QStringLiteral("%1 @ %2: %3").arg(row.criteriaId, row.criteriaVersion, warning);
        if (!warning.isEmpty() && !warnings.contains(line))
            warnings.append(line);
    }
    return warnings.join(QStringLiteral("; "));
}

std::optional<double> percentOf(const std::optional<ScoreSummary> &layer)
{
    return layer && layer->percent ? std::optional(double(*layer->percent) / 100.0) : std::nullopt;
}

// Sheet 1: one row per agency, in the overview's order.
int writeOverview(Sheet &sheet, const Overview &overview, int firstRow, const Formats &formats, Widths &widths)
{
    const QStringList headers{Workbook::tr("No."),          Workbook::tr("Code"),
                              Workbook::tr("Agency"),       Workbook::tr("Group"),
                              Workbook::tr("Year"),         Workbook::tr("Status"),
                              Workbook::tr("Seal"),         Workbook::tr("Self points"),
                              Workbook::tr("Self %"),       Workbook::tr("Final points"),
                              Workbook::tr("Final %"),      Workbook::tr("Over-claim (points)"),
                              Workbook::tr("Over-claim (percentage points)"),
                              Workbook::tr("Grade"),        Workbook::tr("Rank"),
                              Workbook::tr("Provisional")};
    for (int column = 0; column < headers.size(); ++column)
        sheet.text(firstRow, column, headers[column], formats.header);
    int row = firstRow;
    for (const OverviewRow &agency : overview.rows) {
        ++row;
        const std::optional<ScoreSummary> &ranked = agency.layer(overview.layer);
        const QStringList texts{agency.assessment.agencyCode, agency.assessment.agencyName, agency.assessment.group,
                                statusName(agency.assessment.status), sealStateName(agency.seal)};
        sheet.number(row, 0, row - firstRow, formats.whole);
        for (int i = 0; i < texts.size(); ++i) {
            const int column = i < 3 ? i + 1 : i + 2; // the year between group and status
            sheet.text(row, column, texts[i]);
            widths.fit(column, texts[i]);
        }
        sheet.number(row, 4, agency.assessment.year, formats.whole);
        sheet.optionalNumber(row, 7, agency.self ? std::optional(points(agency.self->total)) : std::nullopt,
                             formats.points);
        sheet.optionalNumber(row, 8, percentOf(agency.self), formats.points);
        sheet.optionalNumber(row, 9, agency.final ? std::optional(points(agency.final->total)) : std::nullopt,
                             formats.points);
        sheet.optionalNumber(row, 10, percentOf(agency.final), formats.points);
        if (agency.overclaim) {
            sheet.number(row, 11, points(agency.overclaim->points), formats.points);
            if (agency.overclaim->percentPoints)
                sheet.number(row, 12, points(*agency.overclaim->percentPoints), formats.points);
        }
        if (ranked && ranked->grade)
            sheet.text(row, 13, *ranked->grade);
        if (agency.rank)
            sheet.number(row, 14, *agency.rank, formats.whole);
        if (agency.provisional() && overview.layer == OverviewLayer::Final)
            sheet.text(row, 15, Workbook::tr("provisional"));
    }
    return row;
}

// Sheet 2: the agency's items, then its bonus, penalty and total.
Result<int> writeDetail(Sheet &sheet, ParxFile &file, const Overview &overview, int firstRow, const Formats &formats,
                        Widths &widths, const Workbook::Progress &progress)
{
    const QStringList headers{Workbook::tr("Code"),         Workbook::tr("Agency"),       Workbook::tr("No."),
                              Workbook::tr("Criterion"),    Workbook::tr("Maximum"),      Workbook::tr("Self"),
                              Workbook::tr("Appraisal 1"),  Workbook::tr("Appraisal 2"),  Workbook::tr("Final"),
                              Workbook::tr("State"),        Workbook::tr("Note")};
    for (int column = 0; column < headers.size(); ++column)
        sheet.text(firstRow, column, headers[column], formats.header);
    AssessmentStore store(file);
    const bool onFinal = overview.layer == OverviewLayer::Final;
    int row = firstRow;
    qsizetype done = 0;
    for (const OverviewRow &agency : overview.rows) {
        const auto found = overview.criteria.constFind(agency.assessment.criteriaSha256);
        if (found == overview.criteria.cend() || !found.value())
            return Error::unreadable(Workbook::tr("The criteria set of %1 cannot be read").arg(agency.assessment.agencyCode));
        const CriteriaSet &set = *found.value();
        auto detail = LayeredScores::read(store, agency.assessment, set);
        if (!detail)
            return detail.error();
        const LayeredScores &d = detail.value();
        const Scorecard &ranked = onFinal ? d.final : d.cards[int(Layer::Self)];
        const auto begin = [&](const QString &number, const QString &title, lxw_format *titleFormat) {
            ++row;
            sheet.text(row, 0, agency.assessment.agencyCode);
            sheet.text(row, 1, agency.assessment.agencyName);
            sheet.text(row, 2, number);
            sheet.text(row, 3, title, titleFormat);
            widths.fit(1, agency.assessment.agencyName);
            widths.fit(3, title);
        };
        for (const CriteriaNode &node : set.nodes()) {
            const NodeScore &rankedNode = ranked.nodes[node.index];
            begin(node.id, node.title, formats.indent[std::min<int>(node.depth, int(formats.indent.size()) - 1)]);
            if (rankedNode.included)
                sheet.number(row, 4, points(rankedNode.maxPoints), formats.points);
            for (const Layer layer : allLayers) {
                const int i = int(layer);
                if (d.cards[i].nodes[node.index].included && d.says[i][node.index])
                    sheet.number(row, 5 + i, points(d.cards[i].nodes[node.index].points), formats.points);
            }
            if (d.final.nodes[node.index].included)
                sheet.number(row, 8, points(d.final.nodes[node.index].points), formats.points);
            if (rankedNode.included) {
                const QString state = nodeStateName(rankedNode.state);
                sheet.text(row, 9, state);
                widths.fit(9, state);
            }
            const QString note = d.latestNote(node.id);
            sheet.text(row, 10, note, formats.wrapped);
            widths.fit(10, note);
        }
        // Bonus, penalty and total of each layer that says anything, and of the final result.
        const auto layerTotals = [&](auto value, lxw_format *format) {
            for (const Layer layer : allLayers) {
                const int i = int(layer);
                if (d.holds(layer))
                    sheet.number(row, 5 + i, points(value(d.cards[i])), format);
            }
            sheet.number(row, 8, points(value(d.final)), format);
        };
        begin({}, Workbook::tr("Bonus"), nullptr);
        layerTotals([](const Scorecard &card) { return card.bonus; }, formats.points);
        begin({}, Workbook::tr("Penalty"), nullptr);
        layerTotals([](const Scorecard &card) { return card.penalty; }, formats.points);
        begin({}, Workbook::tr("Total"), formats.total);
        sheet.number(row, 4, points(ranked.maxPoints), formats.totalPoints);
        layerTotals([](const Scorecard &card) { return card.total; }, formats.totalPoints);
        ++done;
        if (progress && !progress(done, overview.rows.size()))
            return Error::invalid(Workbook::tr("The export was cancelled: no workbook was written"));
    }
    return row;
}

Result<bool> copyInto(const QString &from, const QString &path)
{
    QFile in(from);
    QSaveFile out(path); // the workbook appears whole or not at all
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return Error::unreadable(Workbook::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return Error::unreadable(Workbook::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
    }
    if (!out.commit())
        return Error::unreadable(Workbook::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace

Result<bool> Workbook::write(ParxFile &file, const QString &path, OverviewLayer layer, const Progress &progress)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(file.path()).absoluteFilePath())
        return Error::invalid(tr("The workbook cannot be written over the file it is made from"));
    auto overview = Overview::load(file, {layer, {}});
    if (!overview)
        return overview.error();
    // libxlsxwriter writes to a name: a temporary one, copied in whole afterwards.
    QTemporaryFile temporary(QDir::temp().filePath(QStringLiteral("parscore-XXXXXX.xlsx")));
    if (!temporary.open())
        return Error::unreadable(tr("A temporary file cannot be made in %1").arg(QDir::toNativeSeparators(QDir::tempPath())));
    temporary.close();
    const std::string temporaryPath = QFile::encodeName(temporary.fileName()).toStdString();
    const std::string temporaryDir = QFile::encodeName(QDir::tempPath()).toStdString();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as written: flat in memory at any size
    options.tmpdir = const_cast<char *>(temporaryDir.c_str());
    lxw_workbook *book = workbook_new_opt(temporaryPath.c_str(), &options);
    if (!book)
        return Error::unreadable(tr("The workbook cannot be made"));
    const Formats formats = makeFormats(book);
    lxw_error error = LXW_NO_ERROR;
    const QString warning = criteriaWarnings(overview.value());
    const int headerRow = warning.isEmpty() ? 0 : 1;

    lxw_worksheet *first = workbook_add_worksheet(book, cellText(tr("Overview")).c_str());
    lxw_worksheet *second = workbook_add_worksheet(book, cellText(tr("Detail")).c_str());
    Result<int> detailRows = 0;
    if (first && second) {
        Sheet overviewSheet(first, error);
        Widths overviewWidths({tr("No."), tr("Code"), tr("Agency"), tr("Group"), tr("Year"), tr("Status"),
                               tr("Seal"), tr("Self points"), tr("Self %"), tr("Final points"), tr("Final %"),
                               tr("Over-claim (points)"), tr("Over-claim (percentage points)"), tr("Grade"),
                               tr("Rank"), tr("Provisional")});
        overviewSheet.text(0, 0, warning, formats.warning);
        const int overviewRows = writeOverview(overviewSheet, overview.value(), headerRow, formats, overviewWidths);
        overviewSheet.finish(overviewWidths, 16, headerRow, overviewRows, formats.wrapped);

        Sheet detailSheet(second, error);
        Widths detailWidths({tr("Code"), tr("Agency"), tr("No."), tr("Criterion"), tr("Maximum"), tr("Self"),
                             tr("Appraisal 1"), tr("Appraisal 2"), tr("Final"), tr("State"), tr("Note")});
        detailSheet.text(0, 0, warning, formats.warning);
        detailRows = writeDetail(detailSheet, file, overview.value(), headerRow, formats, detailWidths, progress);
        if (detailRows)
            detailSheet.finish(detailWidths, 11, headerRow, detailRows.value(), formats.wrapped);
    } else {
        error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const lxw_error closed = workbook_close(book); // frees the workbook in every case
    if (!detailRows)
        return detailRows.error();
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return Error::unreadable(tr("The workbook cannot be written: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    return copyInto(temporary.fileName(), path);
}

} // namespace ParScore
