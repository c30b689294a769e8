#pragma once

#include <functional>

class QProgressDialog;

namespace ParScore {

// Long work off the GUI thread (style.md 17): runs `work` on a thread of its own while
// `progress` shows (window-modal) and the window stays responsive; `update` is called on
// this thread every 100 ms to show how far the work is. Returns when the work is done;
// `cancelled` is set when the progress dialog's Cancel is pressed (the work asks it).
namespace WorkerThread {

void run(QProgressDialog &progress, const std::function<void()> &work, const std::function<void()> &update,
         const std::function<void()> &cancelled);

} // namespace WorkerThread

} // namespace ParScore
