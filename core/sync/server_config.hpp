// Where a device keeps the sync server's address and account: a side file beside the data,
// sealed like every file of an encrypted store (the password is in it).
#pragma once

#include <optional>
#include <string>

#include "core/storage/repository.hpp"
#include "core/sync/wire.hpp"

namespace opp::sync {

inline constexpr const char* kServerConfigFile = "sync-config.json";

// The saved settings; nullopt when there are none or the file is not an object (then the form
// starts empty: the settings are typed again, nothing is lost from the data).
std::optional<ServerConfig> read_server_config(const storage::Repository& repository);
// Writes them at once; "" or the file system's error.
std::string write_server_config(storage::Repository& repository, const ServerConfig& config);

}  // namespace opp::sync
