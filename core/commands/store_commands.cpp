// Commands about the store as a whole: restoring a backup.
#include "core/commands/handlers.hpp"

namespace opp {

void check(const Store&, const RestoreBackup& c, Date, Errors& errors) {
  check_name(errors, "file_name", c.file_name, false);
  if (c.persons < 0) errors.add("persons", "error.out_of_range");
}

Applied apply(Store&, const RestoreBackup&, const Applying&) { return {}; }

}  // namespace opp
