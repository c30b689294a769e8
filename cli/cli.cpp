#include "cli.h"

#include "clioutput.h"
#include "commands.h"
#include "language.h"

#include <QCoreApplication>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::Main)
};

struct Command
{
    QStringList words;
    int (*handler)(const QStringList &);
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {{QStringLiteral("criteria"), QStringLiteral("list")}, criteriaList},
        {{QStringLiteral("criteria"), QStringLiteral("check")}, criteriaCheck},
        {{QStringLiteral("criteria"), QStringLiteral("export")}, criteriaExport},
        {{QStringLiteral("score")}, score},
        {{QStringLiteral("new")}, newAssessment},
        {{QStringLiteral("answer")}, answer},
        {{QStringLiteral("show")}, show},
        {{QStringLiteral("seal")}, seal},
        {{QStringLiteral("verify")}, verify},
        {{QStringLiteral("sign")}, sign},
        {{QStringLiteral("check")}, check},
        {{QStringLiteral("log")}, log},
        {{QStringLiteral("history")}, history},
        {{QStringLiteral("evidence"), QStringLiteral("add")}, evidenceAdd},
        {{QStringLiteral("evidence"), QStringLiteral("list")}, evidenceList},
        {{QStringLiteral("evidence"), QStringLiteral("extract")}, evidenceExtract},
        {{QStringLiteral("merge")}, merge},
        {{QStringLiteral("overview")}, overview},
        {{QStringLiteral("report")}, report},
        {{QStringLiteral("export")}, exportWorkbook},
        {{QStringLiteral("province"), QStringLiteral("new")}, provinceNew},
        {{QStringLiteral("province"), QStringLiteral("show")}, provinceShow},
        {{QStringLiteral("survey")}, survey},
        {{QStringLiteral("request-explanation")}, requestExplanation},
        {{QStringLiteral("finalize")}, finalize},
        {{QStringLiteral("reopen")}, reopen},
        {{QStringLiteral("export-request")}, exportRequest},
        {{QStringLiteral("respond")}, respond},
        {{QStringLiteral("key"), QStringLiteral("new")}, keyNew},
        {{QStringLiteral("key"), QStringLiteral("show")}, keyShow},
        {{QStringLiteral("key"), QStringLiteral("export")}, keyExport},
        {{QStringLiteral("trust")}, trust},
    };
    return list;
}

QString usage()
{
    return Text::tr(
        "Usage: parscore-cli [--lang vi|en] COMMAND [OPTIONS]\n"
        "\n"
        "ParScore scores the PAR Index (Chỉ số cải cách hành chính) offline.\n"
        "\n"
        "Commands:\n"
        "  criteria list [--json]            the built-in criteria sets\n"
        "  criteria check FILE.json          validate a criteria set, list every problem\n"
        "  criteria export builtin:ID[@VER]  print a built-in set's JSON as shipped\n"
        "  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]\n"
        "                                    score one layer of answers\n"
        "  new --criteria SPEC --agency-code C --agency-name N --group G --year Y -o F.parx\n"
        "                                    create an agency's assessment file\n"
        "  answer F.parx --answers A.json [--layer self|appraisal1|appraisal2] [--agency C]\n"
        "                                    store answers into a layer\n"
        "  show F.parx [--json]              assessments, seal state and scores per layer\n"
        "  evidence add F.parx --node ID FILE... [--effective-date YYYY-MM-DD]\n"
        "                                    embed evidence documents for items\n"
        "  evidence list F.parx [--json]     embedded evidence documents\n"
        "  evidence extract F.parx --to DIR  write the evidence into a folder\n"
        "  seal F.parx [--agency C]          submit: seal and sign the self-assessment\n"
        "  verify F.parx [--json]            check seals and signatures (0 intact, 1 not sealed,\n"
        "                                    changed or a signature that does not hold)\n"
        "  sign F.parx                       sign the appraisals of an inspectors' file\n"
        "  check F.parx [--deep]             check every row; --deep: every document and seal too\n"
        "  province new -o F.parx --year Y --title T [--criteria SPEC]... [--agencies LIST]\n"
        "                                    create the inspectors' province file\n"
        "  province show F.parx [--json]     a province file's title, year, sets and agencies\n"
        "  merge -o OUT.parx IN.parx|DIR... [--criteria SPEC]... [--accept-appraisals]\n"
        "        [--accept-mismatched] [--dry-run] [--json]\n"
        "                                    merge files into one\n"
        "  overview F.parx [--layer self|final] [--group G] [--json]\n"
        "                                    every assessment's self and final scores, ranked\n"
        "                                    within its year and group\n"
        "  survey F.parx --layer appraisal1|appraisal2 --tsv GRID.tsv [--year Y] [--dry-run]\n"
        "                                    enter survey scores of many agencies, all or nothing\n"
        "  request-explanation F.parx --agency C --node ID --text T\n"
        "                                    ask an agency to explain an item\n"
        "  finalize F.parx --agency C|--group G [--year Y]\n"
        "                                    lock final results (complete final layer)\n"
        "  reopen F.parx --agency C --reason T\n"
        "                                    reopen a final result for appraisal\n"
        "  export-request F.parx --agency C -o REQUEST.parx [--without-appraisal-notes]\n"
        "                                    write the request file for one agency\n"
        "  respond REQUEST.parx --node ID --text T [--effective-date YYYY-MM-DD] [FILE...]\n"
        "                                    answer a request (seal REQUEST.parx to send it)\n"
        "  log F.parx [--agency C] [--json]  the change log\n"
        "  history F.parx --node ID [--agency C] [--json]\n"
        "                                    who changed one item, when, old → new\n"
        "  report F.parx -o card.pdf [--agency C] [--layer self|final]\n"
        "                                    print the scorecard to PDF (final: every layer)\n"
        "  report F.parx --ranking [--group G] -o ranking.pdf\n"
        "                                    print the ranking of every group (or one) to PDF\n"
        "  report F.parx --all [--group G] [--layer self|final] -o OUT.pdf|DIR/\n"
        "                                    every agency's scorecard, in one PDF or one each\n"
        "  export F.parx -o OUT.xlsx [--layer self|final]\n"
        "                                    the overview and every item of every agency to Excel\n"
        "  key new [--name NAME] [--force]   create your signing key (passphrase: PARSCORE_KEY_PASSPHRASE)\n"
        "  key show [--json]                 your key's fingerprint and holder\n"
        "  key export -o KEY.pub             write your public key to a file of one line\n"
        "  trust F.parx --agency C KEY.pub | --inspector KEY.pub\n"
        "                                    trust an agency's key (replacing its old one) or a\n"
        "                                    colleague inspector's in a province file\n"
        "  trust F.parx --list [--json] | --confirm --agency C | --remove --agency C\n"
        "                                    the trusted keys; confirm a learnt key; forget one\n"
        "\n"
        "Run “parscore-cli COMMAND --help” for a command's options.\n"
        "Exit status: 0 success, 1 invalid input or usage, 2 a file cannot be read or written.\n");
}

// The language comes from --lang, else PARSCORE_LANG, else Vietnamese (the product's
// default). Returns false when the value is not a supported language.
bool applyLanguage(QStringList &arguments)
{
    QString code = qEnvironmentVariable("PARSCORE_LANG");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            code = arguments[i + 1];
            arguments.remove(i, 2);
            break;
        }
        if (arguments[i].startsWith(QLatin1String("--lang="))) {
            code = arguments[i].mid(7);
            arguments.remove(i);
            break;
        }
    }
    const auto language =
        code.isEmpty() ? std::optional(Language::Vietnamese) : languageFromCode(code);
    setLanguage(language.value_or(Language::Vietnamese));
    if (!language) {
        printErr(Text::tr("Unknown language “%1”; use vi or en.").arg(printableText(code)) + u'\n');
        return false;
    }
    return true;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("report"));
}

int run(const QStringList &originalArguments)
{
    QStringList arguments = originalArguments;
    if (!applyLanguage(arguments))
        return InvalidInput;

    if (arguments.isEmpty()) {
        printErr(usage());
        return InvalidInput;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printOut(usage());
        return Success;
    }
    if (first == QLatin1String("--version")) {
        printOut(QStringLiteral("parscore-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    for (const Command &command : commands()) {
        if (arguments.size() >= command.words.size()
            && arguments.mid(0, command.words.size()) == command.words)
            return command.handler(arguments.mid(command.words.size()));
    }
    printErr(Text::tr("Unknown command “%1”.").arg(printableText(arguments.join(u' '))) + u'\n'
             + usage());
    return InvalidInput;
}

} // namespace ParScore::Cli
