#pragma once

#include <QString>

namespace ParScore {

// A group of agencies (a criteria set's unit kind: "so", "xa", "phuong") in words, in the
// user's language; a tag no set uses commonly is shown as it is.
QString groupName(const QString &unitKind);

} // namespace ParScore
