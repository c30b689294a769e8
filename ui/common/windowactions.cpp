#include "windowactions.h"

#include "language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace ParScore {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::WindowActions)
};
} // namespace

void WindowActions::addSettingsMenu(QMenuBar *bar, QWidget *window, const std::function<void(const QString &)> &switchTo)
{
    QMenu *settings = bar->addMenu(Text::tr("&Settings"));
    QMenu *language = settings->addMenu(Text::tr("&Language"));
    auto *languages = new QActionGroup(language);
    for (const auto &[code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = language->addAction(name, window, deferred(window, [switchTo, code = code] { switchTo(code); }));
        action->setCheckable(true);
        action->setChecked((currentLanguage() == Language::Vietnamese) == (code == QLatin1String("vi")));
        languages->addAction(action);
    }
}

void WindowActions::setLanguageFor(const QString &code)
{
    setLanguage(*languageFromCode(code));
    QSettings().setValue(QStringLiteral("language"), code);
}

} // namespace ParScore
