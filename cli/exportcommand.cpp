// parscore-cli export F.parx -o OUT.xlsx [--layer self|final]
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "workbook.h"

#include <QDir>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ExportCommand)
};

} // namespace

int exportWorkbook(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("export"),
                        Text::tr("Writes the file's results to an Excel workbook: the overview (one row per "
                                 "agency) and the detail (one row per agency and item)."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment or province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption output(QStringLiteral("o"), Text::tr("The workbook to write (.xlsx)."),
                                    QStringLiteral("OUT.xlsx"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Text::tr("The layer ranked on: final (default) or self."),
                                   QStringLiteral("LAYER"), QStringLiteral("final"));
    command.parser().addOptions({output, layer});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("o"));
    if (!outputPath)
        return InvalidInput;
    const auto layerValue = overviewLayerFromKey(command.parser().value(layer));
    if (!layerValue) {
        printErr(Text::tr("--layer must be self or final.") + u'\n');
        return InvalidInput;
    }
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    auto written = Workbook::write(*std::get<std::unique_ptr<ParxFile>>(opened), *outputPath, *layerValue);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote %1").arg(printableText(QDir::toNativeSeparators(*outputPath))) + u'\n');
    return Success;
}

} // namespace ParScore::Cli
