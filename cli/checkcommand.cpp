// parscore-cli check F.parx [--deep]
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "parxvalidator.h"
#include "verification.h"

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::CheckCommand)
};

} // namespace

int check(const QStringList &arguments)
{
    CommandLine command(
        QStringLiteral("check"),
        Text::tr("Checks a file: every row (what every command checks before it works). With --deep, also "
                 "SQLite's full integrity check, every document's bytes against its fingerprint and every "
                 "seal and signature. Exit 0 when all is sound, 1 when a seal is broken or a signature does not "
                 "hold, 2 when the file is damaged."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."), QStringLiteral("F.parx"));
    const QCommandLineOption deep(QStringLiteral("deep"), Text::tr("Read every document and check every seal."));
    command.parser().addOption(deep);
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const QString path = command.positionalArguments().constFirst();
    auto opened = openFile(path, ParxFile::Mode::ReadOnly); // every row checked on opening
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    if (!command.parser().isSet(deep)) {
        printOut(Text::tr("%1: every row is sound (documents and seals not read; see --deep)").arg(path) + u'\n');
        return Success;
    }
    const auto valid = ParxValidator::validate(file, ParxValidator::Depth::Everything);
    if (!valid)
        return reportError(valid.error());
    const auto assessments = AssessmentStore(file).list();
    if (!assessments)
        return reportError(assessments.error());
    int status = Success;
    for (const AssessmentInfo &info : assessments.value()) {
        const auto verified = Verification::of(file, info, Seal::Depth::Documents);
        if (!verified)
            return reportError(verified.error());
        const SealState state = verified.value().seal;
        if (state == SealState::Tampered) {
            printErr(Text::tr("%1: SEAL BROKEN, the self-assessment was changed after sealing")
                         .arg(info.agencyCode)
                     + u'\n');
            status = InvalidInput;
        } else if (state == SealState::Intact && !verified.value().holds()) {
            // A seal recomputed by whoever changed the file is intact; its signature is not.
            printErr(Text::tr("%1: SIGNATURE DOES NOT HOLD, the file was changed after it was signed (see verify)")
                         .arg(printableText(info.agencyCode))
                     + u'\n');
            status = InvalidInput;
        }
    }
    if (status == Success)
        printOut(Text::tr("%1: sound — every row, every document and every seal (%n assessment(s))", nullptr,
                          int(assessments.value().size()))
                     .arg(path)
                 + u'\n');
    return status;
}

} // namespace ParScore::Cli
