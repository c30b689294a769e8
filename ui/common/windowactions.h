#pragma once

#include <QMetaObject>
#include <QString>

#include <functional>

class QMenuBar;
class QWidget;

namespace ParScore {

// What both windows do alike with their menus.
namespace WindowActions {

// A handler for an action that makes the window's menus or panels again: it runs once the
// menu or button that triggered it (still on the call stack) has returned.
template<typename Handler>
auto deferred(QWidget *window, Handler handler)
{
    return [window, handler] { QMetaObject::invokeMethod(window, handler, Qt::QueuedConnection); };
}

// Settings → Language: Tiếng Việt and English, the current one ticked. `switchTo` gets "vi"
// or "en", deferred as above.
void addSettingsMenu(QMenuBar *bar, QWidget *window, const std::function<void(const QString &)> &switchTo);
// Makes `code` the interface language, now and at the next start.
void setLanguageFor(const QString &code);

} // namespace WindowActions

} // namespace ParScore
